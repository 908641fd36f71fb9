// V8's old generation grows up to 4× past what survived its last full collection before it collects again. Our
// processes keep a modest live set (the index's summaries, the open pages' models) but make much short-lived
// garbage, part of which outlives the young generation: with the default, `check` of a 3,000-page workspace
// peaked at ~215 MB and the server's memory climbed from 150 to 270 MB over 2,000 edits while its live heap stayed
// flat (72 MB). Growing by half instead: the server's ~185 MB after the edits, `check`'s peak 165–210 MB (median
// ~195), for the same time (issue 16; `npm run bench -- scale` and `npm run bench -- server` print them). V8 reads
// this flag at each full collection, so setting it at start-up is enough.
import { setFlagsFromString } from 'node:v8';

export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

// V8 allocates straight into the old generation ("pretenures") the objects of a code site whose objects mostly
// survived the minor collections it sampled. In `check` it came to pretenure sites of the page model (a page being
// read during a minor collection survives it, and so does the little each page keeps for the cross-page checks);
// a model made partly old then kept its young parts alive through every minor collection until the next full one.
// Of what step one of a 2,920-page check allocated, 27% was copied or promoted (scavenges 384 ms), against 8%
// without pretenuring (148 ms), and peak RSS fell from 122–124 to 114–120 MB (issue 16; `npm run bench -- scale`
// prints it). What `check` keeps is small: nothing there gains from being made old. The flag is read as V8 goes
// (setting it at start-up is enough).
export function noPretenuring(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
