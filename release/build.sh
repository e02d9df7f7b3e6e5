#!/usr/bin/env bash
# The release: what a person without Rust installs, in target/dist/:
#   fcguide-VERSION-x86_64-linux-musl    one static file, for any 64-bit PC Linux
#   fcguide-VERSION-aarch64-linux-musl   one static file, for 64-bit ARM Linux
#   fcguide_VERSION-1_amd64.deb          the Debian package (cargo deb), passed by lintian
#   copyright, Apache-2.0                the licences of every crate built in
#   SHA256SUMS                           the checksums of all of the above
# Each binary is then run as it is shipped: --version, and a whole practice
# journey in plain mode (tests/release_binary.rs), the aarch64 one under qemu-user.
#
# Needs, on Debian: the Rust targets x86_64-unknown-linux-musl and
# aarch64-unknown-linux-musl (rustup target add), musl-tools,
# gcc-aarch64-linux-gnu, qemu-user, lintian, and cargo-deb
# (cargo install cargo-deb --locked). .ci/run installs them.
#
# Usage: release/build.sh           builds, checks and runs all of it
#        release/build.sh --check   only says whether every tool is here
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
dist=target/dist

fail() {
  echo "release: $*" >&2
  exit 1
}

# Every tool first, so that a missing one is said before a long build.
missing=()
for tool in musl-gcc aarch64-linux-gnu-gcc qemu-aarch64 lintian cargo-deb dpkg-deb readelf sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
for target in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
  [ -d "$(rustc --print target-libdir --target "$target" 2>/dev/null)" ] || missing+=("the Rust target $target")
done
[ "${#missing[@]}" -eq 0 ] || fail "missing: ${missing[*]} (see the top of release/build.sh)"
[ "${1:-}" != --check ] || exit 0

# The copyright file must name the crates of today's Cargo.lock before it is shipped.
cargo test --locked --quiet --test copyright

rm -rf "$dist"
mkdir -p "$dist"

# build TARGET C-COMPILER [LINKER]: a release build for TARGET; ring's C and
# assembly are compiled by C-COMPILER. Prints the binary's path.
build() {
  local target=$1 cc=$2 linker=${3:-} vars
  vars=("CC_${target//-/_}=$cc")
  [ -z "$linker" ] || vars+=("CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$target")_LINKER=$linker")
  env "${vars[@]}" cargo build --locked --release --quiet --target "$target" >&2
  echo "target/$target/release/fcguide"
}

# ship BINARY NAME [RUNNER]: checks that BINARY is static and runs as shipped, then puts it in dist.
ship() {
  local bin=$1 name=$2 runner=${3:-} said
  if readelf -l "$bin" | grep -q 'program interpreter'; then
    fail "$bin is not static: it asks for a dynamic loader"
  fi
  said=$($runner "$bin" --version)
  [[ $said == "fcguide $version"* ]] || fail "$bin --version said: $said"
  FCGUIDE_RELEASE_BIN="$PWD/$bin" FCGUIDE_RELEASE_RUNNER="$runner" \
    cargo test --locked --quiet --test release_binary -- --ignored
  cp "$bin" "$dist/$name"
  echo "release: $name runs ($said)"
}

# x86_64: musl-gcc (musl-tools) for ring's C; Rust's own musl start files link it.
bin=$(build x86_64-unknown-linux-musl musl-gcc)
ship "$bin" "fcguide-$version-x86_64-linux-musl"
# aarch64: Debian's cross compiler compiles ring's C and links; Rust brings the musl libc.
bin=$(build aarch64-unknown-linux-musl aarch64-linux-gnu-gcc aarch64-linux-gnu-gcc)
ship "$bin" "fcguide-$version-aarch64-linux-musl" qemu-aarch64

# The Debian package, from the usual (glibc) build, as Debian builds its own.
cargo deb --locked --quiet --output "$dist/"
deb=$(echo "$dist"/fcguide_*.deb)
# Errors and warnings fail; the ones kept on purpose are in debian/fcguide.lintian-overrides.
lintian --fail-on error,warning "$deb"
contents=$(dpkg-deb --contents "$deb")
for file in usr/bin/fcguide usr/share/man/man1/fcguide.1.gz usr/share/man/fr/man1/fcguide.1.gz \
  usr/share/doc/fcguide/copyright usr/share/doc/fcguide/changelog.Debian.gz; do
  grep -q " \./$file\$" <<<"$contents" || fail "$deb does not install /$file"
done
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/fcguide/copyright | cmp -s - debian/copyright \
  || fail "$deb does not ship debian/copyright"
echo "release: $(basename "$deb") passes lintian and installs the man pages and the copyright file"

# The licences beside the binaries: debian/copyright sends the Apache License's
# text to a file of that name.
cp debian/copyright "$dist/copyright"
cp /usr/share/common-licenses/Apache-2.0 "$dist/Apache-2.0"

(cd "$dist" && sha256sum -- * >SHA256SUMS.new && mv SHA256SUMS.new SHA256SUMS && sha256sum --quiet -c SHA256SUMS)
echo "release: $dist/"
ls -l "$dist"
