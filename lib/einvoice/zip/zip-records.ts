/**
 * The byte layouts of a ZIP archive (PKWARE APPNOTE 6.3): local file header, central directory
 * header, and the end records, with ZIP64 where an offset or the entry count outgrows 32/16 bits.
 */

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;
const MADE_BY_UNIX = 3 << 8;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

export type EntryInfo = {
  name: Buffer;
  crc32: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  offset: number;
};

/**
 * DOS date and time of a moment, in UTC so an archive does not depend on the server's zone. DOS
 * dates hold the years 1980 to 2107 (7 bits): a moment outside is stated as the nearest end.
 */
export function dosDateTime(moment: Date): { dosTime: number; dosDate: number } {
  const date = new Date(Math.min(Math.max(moment.getTime(), DOS_FIRST), DOS_LAST));
  const year = date.getUTCFullYear();
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

const DOS_FIRST = Date.UTC(1980, 0, 1);
const DOS_LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

export function localHeader(entry: EntryInfo): Buffer {
  const header = Buffer.alloc(30 + entry.name.length);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_DEFLATE, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(entry.dosTime, 10);
  header.writeUInt16LE(entry.dosDate, 12);
  header.writeUInt32LE(entry.crc32, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  entry.name.copy(header, 30);
  return header;
}

/** The entry's central directory record; its offset moves to a ZIP64 extra field past 4 GiB. */
export function centralHeader(entry: EntryInfo): Buffer {
  const zip64 = entry.offset >= MAX32;
  const extraLength = zip64 ? 12 : 0;
  const header = Buffer.alloc(46 + entry.name.length + extraLength);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 4);
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFLATE, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(entry.dosTime, 12);
  header.writeUInt16LE(entry.dosDate, 14);
  header.writeUInt32LE(entry.crc32, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt16LE(extraLength, 30);
  // comment length, disk number, internal attributes: 0
  header.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  header.writeUInt32LE(zip64 ? MAX32 : entry.offset, 42);
  entry.name.copy(header, 46);
  if (zip64) {
    const extra = 46 + entry.name.length;
    header.writeUInt16LE(0x0001, extra);
    header.writeUInt16LE(8, extra + 2);
    header.writeBigUInt64LE(BigInt(entry.offset), extra + 4);
  }
  return header;
}

/** ZIP64 end record and locator (when needed) and the classic end of central directory. */
export function endRecords(count: number, directoryOffset: number, directorySize: number): Buffer {
  const zip64 = count >= MAX16 || directoryOffset >= MAX32 || directorySize >= MAX32;
  const parts: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 12);
    record.writeUInt16LE(VERSION_ZIP64, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? MAX16 : count, 8);
  end.writeUInt16LE(zip64 ? MAX16 : count, 10);
  end.writeUInt32LE(zip64 ? MAX32 : directorySize, 12);
  end.writeUInt32LE(zip64 ? MAX32 : directoryOffset, 16);
  parts.push(end);
  return Buffer.concat(parts);
}
