/** Sends the browser to a download link (Content-Disposition: attachment keeps the page where it is). Its own module so tests can replace it. */
export function navigateToDownload(url: string) {
  window.location.assign(url);
}
