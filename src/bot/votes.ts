import { BoundedMap } from './bounded-map';

/**
 * One vote per person per card. `pressed`: the person pressed Helpful or Not helpful (the vote is recorded);
 * `labelled`: they also said which cause it was. Nothing further is recorded for that card and person.
 */
export type VoteStage = 'pressed' | 'labelled';

export class VoteBook {
  private readonly votes: BoundedMap<string, VoteStage>;

  constructor(options: { readonly capacity?: number; readonly ttlMs?: number } = {}) {
    this.votes = new BoundedMap(options.capacity ?? 20_000, options.ttlMs ?? 7 * 24 * 60 * 60 * 1000);
  }

  stage(cardId: string, voter: string): VoteStage | 'none' {
    const entry = this.votes.find(`${cardId}\n${voter}`);
    return entry.found ? entry.value : 'none';
  }

  set(cardId: string, voter: string, stage: VoteStage): void {
    this.votes.set(`${cardId}\n${voter}`, stage);
  }
}
