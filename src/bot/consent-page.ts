/**
 * The page Entra ID sends the browser back to after someone granted (or refused) ACR Doctor's Azure access
 * from a consent card. It says what to do next in both languages; the only thing it reads from the request
 * is Entra's error code, and only when it looks like one, so nothing a link carries is echoed back.
 */
const ERROR_CODE = /^[a-z_]{1,40}$/;

export function consentPage(query: URLSearchParams): { readonly status: number; readonly text: string } {
  const error = query.get('error');
  if (error !== null) {
    const code = ERROR_CODE.test(error) ? ` (${error})` : '';
    return {
      status: 200,
      text: [
        `ACR Doctor: access was not granted${code}.`,
        'Close this window. An administrator of your organisation can grant it for everyone; then press "Try again" on the card.',
        '',
        `ACR Doctor: доступ не предоставлен${code}.`,
        'Закройте это окно. Администратор вашей организации может предоставить его для всех; затем нажмите «Повторить» на карточке.',
      ].join('\n'),
    };
  }
  return {
    status: 200,
    text: [
      'ACR Doctor: access granted.',
      'Close this window and press "Try again" on the card in Teams.',
      '',
      'ACR Doctor: доступ предоставлен.',
      'Закройте это окно и нажмите «Повторить» на карточке в Teams.',
    ].join('\n'),
  };
}
