import '@/components/theme.css';
import '@/components/pages.css';
import '@/components/report/report.css';
import '@/components/pages/pages.css';
import { createRoot } from 'react-dom/client';
import { Options } from '@/components/Options';

createRoot(document.getElementById('root')!).render(<Options />);
