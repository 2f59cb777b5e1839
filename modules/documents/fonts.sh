#!/usr/bin/env bash
# Puts the TrueType fonts of the printed documents into $1 (the module's classes, so the JAR and
# the WAR carry them). They come from Debian's packages: fonts-noto-core (Noto Naskh Arabic for
# Uyghur, Noto Sans for Latin) and fonts-droid-fallback (Droid Sans Fallback for Chinese), each
# a TrueType (glyf) font that PDFBox can embed as a subset. Taken from the installed package when
# it is there, otherwise downloaded with `apt-get download` (no root needed) into a cache
# ($ALLIANCECARE_FONT_CACHE, default ~/.cache/alliancecare/fonts) and unpacked with dpkg-deb.
set -euo pipefail
out="$1"
cache="${ALLIANCECARE_FONT_CACHE:-$HOME/.cache/alliancecare/fonts}"
# package  path inside the package  file name on the classpath
fonts=(
  "fonts-noto-core usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
  "fonts-noto-core usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf"
  "fonts-noto-core usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
  "fonts-noto-core usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
  "fonts-droid-fallback usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
)
mkdir -p "$out" "$cache"
for entry in "${fonts[@]}"; do
  read -r package path <<<"$entry"
  name="$(basename "$path")"
  [[ -s "$out/$name" ]] && continue
  if [[ ! -s "$cache/$name" ]]; then
    if [[ -s "/$path" ]]; then
      cp "/$path" "$cache/$name"
    else
      work="$(mktemp -d)"
      if ! (cd "$work" && apt-get download "$package" >/dev/null 2>&1); then
        if [[ "$(id -u)" == 0 ]]; then
          apt-get update >/dev/null
          (cd "$work" && apt-get download "$package" >/dev/null)
        else
          echo "fonts.sh: cannot download $package; run 'apt-get update' as root once, or install $package" >&2
          exit 1
        fi
      fi
      dpkg-deb -x "$work"/"$package"_*.deb "$work/x"
      cp "$work/x/$path" "$cache/$name"
      rm -rf "$work"
    fi
  fi
  cp "$cache/$name" "$out/$name"
done
