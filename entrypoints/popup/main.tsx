import '@/components/theme.css';
import '@/components/pages.css';
import '@/components/report/report.css';
import '@/components/pages/pages.css';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/Popup';

createRoot(document.getElementById('root')!).render(<Popup />);
