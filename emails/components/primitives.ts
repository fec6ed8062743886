/**
 * The react-email building blocks our templates use, each from its own package. The
 * `@react-email/components` barrel also loads Tailwind, Markdown and code highlighting, which
 * no template of ours uses: about a second for every cold import of any module that renders
 * e-mail (each server start, each test file). ESLint points templates here.
 */
export { Body } from '@react-email/body';
export { Button } from '@react-email/button';
export { Container } from '@react-email/container';
export { Head } from '@react-email/head';
export { Heading } from '@react-email/heading';
export { Hr } from '@react-email/hr';
export { Html } from '@react-email/html';
export { Link } from '@react-email/link';
export { Preview } from '@react-email/preview';
export { Section } from '@react-email/section';
export { Text } from '@react-email/text';
