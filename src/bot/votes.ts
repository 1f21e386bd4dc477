import type { Storage } from 'botbuilder';
import { readRecord, writeRecord } from '../state';
import { BoundedMap } from './bounded-map';

/**
 * One vote per person per card. `pressed`: the person pressed Helpful or Not helpful (the vote is recorded);
 * `labelled`: they also said which cause it was. Nothing further is recorded for that card and person.
 */
export type VoteStage = 'pressed' | 'labelled';

export interface VoteBook {
  stage(cardId: string, voter: string): Promise<VoteStage | 'none'>;
  set(cardId: string, voter: string, stage: VoteStage): Promise<void>;
}

/** Two days: a card's buttons work for a day, so a vote is remembered for as long as it can be given. */
const VOTE_TTL_MS = 2 * 24 * 60 * 60 * 1000;

/** One instance: in process memory, bounded. */
export class MemoryVoteBook implements VoteBook {
  private readonly votes: BoundedMap<string, VoteStage>;

  constructor(options: { readonly capacity?: number; readonly ttlMs?: number } = {}) {
    this.votes = new BoundedMap(options.capacity ?? 20_000, options.ttlMs ?? VOTE_TTL_MS);
  }

  stage(cardId: string, voter: string): Promise<VoteStage | 'none'> {
    const entry = this.votes.find(`${cardId}\n${voter}`);
    return Promise.resolve(entry.found ? entry.value : 'none');
  }

  set(cardId: string, voter: string, stage: VoteStage): Promise<void> {
    this.votes.set(`${cardId}\n${voter}`, stage);
    return Promise.resolve();
  }
}

function isStage(value: unknown): value is VoteStage {
  return value === 'pressed' || value === 'labelled';
}

/**
 * Several instances: in the shared state store under `votes/`, so that the form a press opened on one
 * instance is answered on any, and a second vote is refused on every one.
 */
export class StoredVoteBook implements VoteBook {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  async stage(cardId: string, voter: string): Promise<VoteStage | 'none'> {
    const read = await readRecord<unknown>(this.storage, `votes/${cardId}/${voter}`, this.now());
    return read.found && isStage(read.value) ? read.value : 'none';
  }

  set(cardId: string, voter: string, stage: VoteStage): Promise<void> {
    return writeRecord(this.storage, `votes/${cardId}/${voter}`, stage, this.now() + VOTE_TTL_MS);
  }
}
