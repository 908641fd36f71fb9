// The Node flags the language server is started with (by the desktop client, and by the benchmark as the client
// does). V8 sizes its young generation only when the heap is made, so this cannot be set from inside the server.
//
// Semi-spaces of at most 8 MB (a young generation of 24 MB) instead of 16 (48 MB): what typing makes is short-lived,
// and the server's memory with the workspace indexed and 20 pages open went from 150 MB to 135 MB, and after 2,000
// edits from 180 MB to 158 MB (issue 16; `npm run bench -- server` prints it). Every page of memory touched the first
// time costs a page fault (~12 µs each on the 2-core benchmark VM), so memory not used is also time not spent.
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];
