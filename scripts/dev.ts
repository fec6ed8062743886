// First: React's production build for the history's e-mails (see the module).
import './lib/react-production';
import { runNext } from './lib/run-next';

// `npm run dev`: the app on embedded defaults (or DATABASE_URL), with the demo shop.
await runNext('dev');
