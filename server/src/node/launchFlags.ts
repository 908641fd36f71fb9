// The Node flags the language server is started with (by the desktop client, and by the benchmark as the client
// does). V8 sizes its young generation only when the heap is made, so this cannot be set from inside the server.
//
// Semi-spaces of at most 8 MB (a young generation of 24 MB) instead of 16 (48 MB): what typing makes is short-lived.
// With the workspace indexed and 20 pages open, the server's memory is ~118 MB instead of ~132, ~131 MB instead of
// ~143 after 2,000 edits, and it peaks at ~145 MB instead of 170–183 (issue 16; `npm run bench -- server` prints
// it; SERVER_NODE_ARGS=--max-semi-space-size=16 compares). Latency beyond the debounce was the same within the
// benchmark host's noise. Every page of memory touched the first time costs a page fault (~12 µs each on that
// 2-core VM), so memory not used is also time not spent.
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];
