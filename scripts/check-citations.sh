#!/usr/bin/env bash
# Fails when a comment or a document cites a file or a section that is not in the repository.
#
#   scripts/check-citations.sh        (ctest: docs_citations)
#
# Scans the tracked C++ sources and headers, CMake files, scripts, docs/*.md and README.md:
#   1. every <name>.md mentioned must exist: a path with a slash is resolved from the repository
#      root or from the citing file's folder, a bare name must be some tracked file's name;
#   2. every §N or §N.M written right after the GA API, CAS API, signing or reliability document of docs/
#      (also §A, §B lists and §A-B ranges, on the same line or the next) must be a heading with
#      that number there; a section name written after "docs/architecture" + ".md, " must be one
#      of that page's headings (or several joined by "and");
#   3. in docs/*.md and README.md, every repository path of a file written in backticks
#      (core/ops/listenerwatcher.cpp, scripts/fuzz.sh 300) and every relative Markdown link must
#      exist.
# What is not a citation: a name built from a shell variable ($build/...), a usage placeholder in
# capitals after an option (--markdown OUT.md), a URL, and a path the repository's .gitignore
# excludes (build trees, e.g. build-release/bench-results.json): those are files a program writes.
#
# GA_CITATIONS_ROOT points the check at another tree (a scratch copy); without git there, every
# regular file outside .git and build* folders counts as part of the repository.
set -euo pipefail
export LC_ALL=C

root=${GA_CITATIONS_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
root=$(cd "$root" && pwd -P)
cd "$root"

in_git=0
if top=$(git rev-parse --show-toplevel 2>/dev/null) && [ "$(cd "$top" && pwd -P)" = "$root" ]; then
  in_git=1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$in_git" = 1 ]; then
  git ls-files >"$work/files"
else
  find . \( -name .git -o -name 'build*' \) -prune -o -type f -print | sed 's|^\./||' | sort >"$work/files"
fi
grep -E '\.(cpp|cc|h|hpp|cmake|sh|py)$|(^|/)CMakeLists\.txt$|^\.ci/run$|^docs/[^/]+\.md$|^README\.md$' \
  "$work/files" >"$work/scan" || true

awk -v listfile="$work/files" -v scanfile="$work/scan" '
function dirname(p,   i) {
  i = match(p, /\/[^\/]*$/)
  return i ? substr(p, 1, i - 1) : ""
}
function basename(p) {
  sub(/^.*\//, "", p)
  return p
}
# Resolves "." and ".." segments; a path that climbs out of the repository becomes "".
function normalize(p,   n, parts, i, out, k, j, r) {
  n = split(p, parts, "/")
  k = 0
  for (i = 1; i <= n; i++) {
    if (parts[i] == "" || parts[i] == ".") continue
    if (parts[i] == "..") { if (k == 0) return ""; k--; continue }
    out[++k] = parts[i]
  }
  r = ""
  for (j = 1; j <= k; j++) r = r (j > 1 ? "/" : "") out[j]
  return r
}
function resolves(target, file,   d, p) {
  p = normalize(target)
  if (p != "" && (p in exists)) return 1
  d = dirname(file)
  if (d != "") {
    p = normalize(d "/" target)
    if (p != "" && (p in exists)) return 1
  }
  return 0
}
# "path" records go through the .gitignore filter afterwards; "section" records do not.
function report(kind, file, line, what, path) {
  printf "%s\t%s:%d\t%s\t%s\n", kind, file, line, what, path
}
function readHeadings(doc,   line, fence, text, num) {
  if (!(doc in exists)) return
  fence = 0
  while ((getline line < doc) > 0) {
    if (line ~ /^```/) { fence = !fence; continue }
    if (fence || line !~ /^#+[ \t]/) continue
    text = line
    sub(/^#+[ \t]+/, "", text)
    sub(/[ \t#]+$/, "", text)
    if (doc == "docs/architecture.md") names[text] = 1
    sub(/^§/, "", text)                                        # "## §3 Operations" (cas-api.md)
    if (match(text, /^[0-9]+(\.[0-9]+)*/)) sections[doc, substr(text, 1, RLENGTH)] = 1
  }
  close(doc)
}
function stripComment(s) {
  sub(/^[ \t]*(\/\/+|#+|\*+|--)?[ \t]*/, "", s)
  return s
}
function checkSection(doc, num, file, line) {
  nsections++
  if (!((doc, num) in sections)) report("section", file, line, doc " §" num, "")
}
# The sections cited right after a document: "§2.7", "§2.6-2.8", "§2.6-8", "§3, §4, §7".
function checkSections(doc, rest, file, line, nextLine,   item, parts, a, b) {
  if (rest ~ /^[ \t]*$/) rest = stripComment(nextLine)
  while (match(rest, /^[,;:]?[ \t]*(and[ \t]+)?§[ \t]*[0-9]+(\.[0-9]+)*(-[0-9]+(\.[0-9]+)*)?/)) {
    item = substr(rest, RSTART, RLENGTH)
    rest = substr(rest, RSTART + RLENGTH)
    sub(/^.*§[ \t]*/, "", item)
    split(item, parts, "-")
    a = parts[1]
    checkSection(doc, a, file, line)
    if (parts[2] != "") {
      b = parts[2]
      if (index(b, ".") == 0 && index(a, ".") > 0) b = substr(a, 1, match(a, /\.[0-9]+$/)) b
      checkSection(doc, b, file, line)
    }
  }
}
# "docs/architecture.md, Scheduling and retry" or "..., Mutations and Journal": the longest run of
# words that names a heading, or headings joined by "and", counts.
function isHeading(name,   n, parts, i) {
  if (name in names) return 1
  n = split(name, parts, / and /)
  if (n < 2) return 0
  for (i = 1; i <= n; i++) if (!(parts[i] in names)) return 0
  return 1
}
function checkArchitectureName(rest, file, line, nextLine,   name, n, words, k, i, candidate) {
  if (rest ~ /^,[ \t]*$/) rest = ", " stripComment(nextLine)
  if (!match(rest, /^,[ \t]*[A-Z][A-Za-z ]*[A-Za-z]/)) return
  name = substr(rest, RSTART, RLENGTH)
  sub(/^,[ \t]*/, "", name)
  nsections++
  n = split(name, words, / +/)
  for (k = n; k >= 1; k--) {
    candidate = words[1]
    for (i = 2; i <= k; i++) candidate = candidate " " words[i]
    if (isHeading(candidate)) return
  }
  sub(/ and .*$/, "", name)
  report("section", file, line, "docs/architecture.md, " name, "")
}
function checkDocuments(file, line, s, nextLine,   token, before, after, rest, target, p) {
  while (match(s, /[$A-Za-z0-9_.\/{}~-]*[A-Za-z0-9_-]\.md/)) {
    token = substr(s, RSTART, RLENGTH)
    before = substr(s, 1, RSTART - 1)
    after = substr(s, RSTART + RLENGTH, 1)
    rest = substr(s, RSTART + RLENGTH)
    s = rest
    if (after ~ /[A-Za-z0-9_]/) continue                     # .mdx, .md5, ...
    if (token ~ /[$~{}]/ || token ~ /^\/\//) continue          # built from a variable; a URL
    if (before ~ /[A-Za-z]:$/) continue                        # scheme:...
    if (token ~ /^[A-Z][A-Z0-9_]*\.md$/ && before ~ /--[a-z][a-z-]*[ =]$/) continue  # placeholder
    ndocs++
    target = token
    sub(/^(\.\/)+/, "", target)
    p = normalize(target)
    if (index(target, "/") == 0) {
      if (!(target in base) && !resolves(target, file)) report("path", file, line, target, target)
    } else if (!resolves(target, file)) {
      report("path", file, line, target, p)
    }
    if (p == "docs/ga-api.md" || p == "docs/signing.md" || p == "docs/reliability.md" \
        || p == "docs/cas-api.md")
      checkSections(p, rest, file, line, nextLine)
    else if (p == "docs/architecture.md")
      checkArchitectureName(rest, file, line, nextLine)
  }
}
function checkPath(word, file, line) {
  sub(/:[0-9][0-9,-]*$/, "", word)                             # file.cpp:95,237
  sub(/[.,;)]+$/, "", word)
  if (word !~ /^[A-Za-z0-9_][A-Za-z0-9_.+-]*(\/[A-Za-z0-9_.+-]+)+$/) return
  if (word !~ /\.(cpp|cc|h|hpp|sh|py|cmake|txt|json|qrc|ts|pem|desktop|supp|png|svg)$/) return
  npaths++
  if (!resolves(word, file)) report("path", file, line, word, normalize(word))
}
function checkMarkdownPaths(file, line, s,   span, n, words, i, target) {
  while (match(s, /`[^`]+`/)) {
    span = substr(s, RSTART + 1, RLENGTH - 2)
    s = substr(s, RSTART + RLENGTH)
    n = split(span, words, /[ \t]+/)
    for (i = 1; i <= n; i++) checkPath(words[i], file, line)
  }
}
function checkMarkdownLinks(file, line, s,   target) {
  while (match(s, /\]\([^)]+\)/)) {
    target = substr(s, RSTART + 2, RLENGTH - 3)
    s = substr(s, RSTART + RLENGTH)
    sub(/[ \t].*$/, "", target)                                # [x](path "title")
    sub(/#.*$/, "", target)
    if (target == "" || target ~ /:/ || target ~ /\.md$/) continue  # URLs; .md is checked above
    npaths++
    if (!resolves(target, file)) report("path", file, line, target, normalize(target))
  }
}
BEGIN {
  while ((getline f < listfile) > 0) { exists[f] = 1; base[basename(f)] = 1 }
  close(listfile)
  readHeadings("docs/ga-api.md")
  readHeadings("docs/signing.md")
  readHeadings("docs/reliability.md")
  readHeadings("docs/cas-api.md")
  readHeadings("docs/architecture.md")
  while ((getline file < scanfile) > 0) {
    n = 0
    while ((getline l < file) > 0) lines[++n] = l
    close(file)
    nfiles++
    markdown = file ~ /\.md$/
    fence = 0
    for (i = 1; i <= n; i++) {
      checkDocuments(file, i, lines[i], i < n ? lines[i + 1] : "")
      if (!markdown) continue
      if (lines[i] ~ /^[ \t]*```/) { fence = !fence; continue }
      if (fence) continue
      checkMarkdownPaths(file, i, lines[i])
      checkMarkdownLinks(file, i, lines[i])
    }
  }
  close(scanfile)
  printf "summary\t%d\t%d\t%d\t%d\n", nfiles, ndocs, nsections, npaths
}
' >"$work/result"

dangling=0
while IFS=$'\t' read -r kind where what path; do
  [ "$kind" = summary ] && continue
  if [ "$kind" = path ] && [ -n "$path" ]; then
    # A path .gitignore excludes is something a program writes, not a citation.
    if [ "$in_git" = 1 ]; then
      if git check-ignore -q --no-index -- "$path" 2>/dev/null; then continue; fi
    else
      case "$path" in build*/*) continue ;; esac
    fi
  fi
  echo "$where: cites $what, which is not in the repository"
  dangling=$((dangling + 1))
done <"$work/result"

counts=$(awk -F'\t' '$1 == "summary" {
  printf "%d files scanned, %d document citations, %d section citations, %d paths", $2, $3, $4, $5 }' \
  "$work/result")
if [ "$dangling" -gt 0 ]; then
  echo "check-citations: $dangling dangling citation(s); $counts" >&2
  exit 1
fi
echo "check-citations: OK, $counts"
