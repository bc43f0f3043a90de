import waitOn from 'wait-on';

// `npm start` runs the API and the web at once: the web starts listening only once the API answers /readyz, so no
// page is answered with ECONNREFUSED while the API migrates and connects. The API's address is the web's API_URL.
const apiUrl = new URL(process.env.API_URL ?? 'http://localhost:4000/graphql');
const readiness = new URL('/readyz', apiUrl);
const timeoutSeconds = 180;

console.log(`[tiru-web] waiting for the API at ${readiness.href}`);
await waitOn({
  resources: [readiness.href.replace(/^http/, 'http-get')],
  interval: 250,
  timeout: timeoutSeconds * 1000,
  validateStatus: (status) => status === 200,
});
