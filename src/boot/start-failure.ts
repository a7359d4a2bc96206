/** The app's code could not be fetched: say so, in place of the app, with a way out. */
export function showStartFailure(root: HTMLElement) {
  const alert = document.createElement('div');
  alert.className = 'start-failure';
  alert.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = 'The map is here, but the rest of the app could not be loaded (a network error?).';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => window.location.reload());
  alert.append(text, reload);
  root.replaceChildren(alert);
}
