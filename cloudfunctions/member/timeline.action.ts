import { memberContracts } from '@core/contracts/member.contract';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { timelineSources } from '../common/timeline/sources';

/** How many entries 我的 shows: years of a worker's life with the union, never an endless page. */
const maxEntries = 100;

/** 我的: every feature's entries for the caller in one list, newest first. */
export const showTimeline = defineAction({
  contract: memberContracts.timeline,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    const perSource = await Promise.all(timelineSources.map((source) => source.entriesFor(caller.openid, ports)));
    // A stable sort: entries at the same moment keep the order their source gave them.
    const items = perSource
      .flat()
      .sort((a, b) => b.at - a.at)
      .slice(0, maxEntries);
    return ok({ sections: timelineSources.map((source) => source.section), items });
  },
});
