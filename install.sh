#!/usr/bin/env bash
# Builds postlint's distribution from this checkout and puts 'postlint' on the PATH:
# ~/.local/share/postlint/<version> holds it, ~/.local/bin/postlint links to its launcher.
# Needs a JDK 17+ and Maven. PREFIX=/usr/local ./install.sh installs under another prefix.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
(cd "$here" && mvn -B -q -DskipTests package -pl cli -am)
archive="$(ls "$here"/cli/target/postlint-*.tar.gz | head -n 1)"
version="$(basename "$archive" .tar.gz)"
version="${version#postlint-}"
target="$prefix/share/postlint/$version"
rm -rf "$target"
mkdir -p "$target" "$prefix/bin"
tar -xzf "$archive" -C "$target" --strip-components=1
ln -sfn "$target/bin/postlint" "$prefix/bin/postlint"
POSTLINT_CDS=create "$target/bin/postlint" --version > /dev/null || true
echo "postlint $version installed: $prefix/bin/postlint"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to your PATH, e.g.: echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
