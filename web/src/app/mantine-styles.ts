// The rest of Mantine's styles (the sign-in page loads only its own, main.tsx): imported by each
// shell — the organisation's and the supplier portal's — so a page opened directly is styled
// whichever shell it lives in.
import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import '@mantine/spotlight/styles.layer.css';
