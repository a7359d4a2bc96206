/** The app's code or data could not be fetched: say so, in place of the app, with a way out. */
export function showStartFailure(root: HTMLElement, message: string) {
  const alert = document.createElement('div');
  alert.className = 'start-failure';
  alert.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = message;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => window.location.reload());
  alert.append(text, reload);
  root.replaceChildren(alert);
}
