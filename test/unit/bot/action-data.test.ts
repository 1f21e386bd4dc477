import { parseCardAction } from '../../../src/bot/action-data';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-';
const STATE = { causes: 'top', feedback: 'none', checks: 'idle' };

describe('card action data from Teams', () => {
  it('accepts what the bot put on its cards', () => {
    expect(parseCardAction('causes.all', { id: ID, ...STATE })).toEqual({
      kind: 'ok',
      action: { verb: 'causes.all', cardId: ID, state: STATE },
    });
    // Teams merges input values and adds its own fields; extra keys are ignored.
    expect(parseCardAction('feedback.helpful', { id: ID, ...STATE, verb: 'x', msteams: {} }).kind).toBe('ok');
  });

  it.each([
    ['an unknown verb', 'delete.everything', { id: ID, ...STATE }],
    ['a missing verb', undefined, { id: ID, ...STATE }],
    ['no data', 'causes.all', undefined],
    ['data that is a string', 'causes.all', 'id'],
    ['an id of the wrong shape', 'causes.all', { ...STATE, id: '../../etc/passwd' }],
    ['an id that is an object', 'causes.all', { ...STATE, id: { $ne: 1 } }],
    ['a state outside the enum', 'causes.all', { id: ID, ...STATE, causes: '${1+1}' }],
    ['a missing state', 'causes.all', { id: ID }],
    ['a prototype trick', '__proto__', { id: ID, ...STATE }],
  ])('refuses %s', (_name, verb, data) => {
    expect(parseCardAction(verb, data)).toEqual({ kind: 'invalid' });
  });
});
