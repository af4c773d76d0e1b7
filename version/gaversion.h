#pragma once

namespace ga {

// The programs' version: the project version, and the checkout's `git describe` when built
// from one, e.g. "0.1.0 (git 0fc84e9-dirty)". Defined in a file generated at build time
// (version/describe.cmake).
const char *versionString();

} // namespace ga
