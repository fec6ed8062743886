import type { NextRequest } from 'next/server';
import { guardStaffRoute } from '@/lib/auth/guard-staff-route';
import { staffAnswer, staffProblem } from '@/lib/http/staff-answer';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { manageMessage } from '@/lib/i18n/manage-code';
import { csvDownloadHeaders } from '@/lib/csv';
import { parseListQuery } from '@/lib/validations/list-query';
import { LIST_EXPORTS } from '../list-exports';

/**
 * A dashboard list as a CSV download, with the search, filters and order the list shows (its
 * address bar's parameters), every page of it, read in keyset batches and streamed. Staff who
 * may export only; a bad sort or filter is a 400 saying which, never a different file.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ list?: string }> }) {
  const guard = await guardStaffRoute(request, { who: 'merchant', permission: 'exports:read' }, 'csvExport');
  if (!guard.ok) return guard.response;

  const { list = '' } = await params;
  const target = Object.hasOwn(LIST_EXPORTS, list) ? LIST_EXPORTS[list] : undefined;
  if (!target) return staffAnswer(guard.locale, manageMessage('exportListUnknown', { list }), 404);
  const { query, problem } = parseListQuery(request.nextUrl.searchParams, target.config);
  // The list page's own notice for the same problem, in the staff member's language.
  if (problem) return staffProblem(guard.locale, listNoticeTexts(guard.locale, problem, null)[0]!);

  const stream = await target.stream(query, request.nextUrl.searchParams, guard.locale);
  if ('error' in stream) return staffProblem(guard.locale, stream.error);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, { headers: csvDownloadHeaders(`${target.filename}-${day}.csv`) });
}
