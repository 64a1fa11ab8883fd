import { Link } from 'react-router';
import { usePageTitle } from '../../components/page-title.js';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <main id="main" className="narrow">
      <h1>Page not found</h1>
      <p>This address is not a page of the dashboard. Check it, or start again from the home page.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </main>
  );
}
