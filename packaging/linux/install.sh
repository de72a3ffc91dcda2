#!/bin/sh
# Install Clerk for the current user only: no administrator, nothing outside PREFIX.
#
#   ./install.sh               install (PREFIX defaults to ~/.local)
#   ./install.sh --uninstall   remove what install put there (the clerk's database stays)
#
# Run from the unpacked release (clerk-VERSION-linux-ARCH/, beside the folder clerk/) or from
# packaging/linux/ in the repository after `python packaging/build.py`.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP_ID=org.clerkproject.Clerk

if [ -x "$HERE/clerk/clerk" ]; then            # the release archive
    BUNDLE="$HERE/clerk"; SHARE="$HERE"; ICONS="$HERE"
else                                           # the repository
    BUNDLE="$HERE/../../dist/clerk"; SHARE="$HERE"; ICONS="$HERE/../../resources/icons"
fi

LIB="$PREFIX/lib/clerk"
BIN="$PREFIX/bin/clerk"
DESKTOP="$PREFIX/share/applications/$APP_ID.desktop"
METAINFO="$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
ICON_PNG="$PREFIX/share/icons/hicolor/256x256/apps/$APP_ID.png"
ICON_SVG="$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"

# No update-desktop-database or icon cache here: desktops watch these folders, and a cache
# written into ~/.local/share/icons would hide icons other programs install later.

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$BIN" "$DESKTOP" "$METAINFO" "$ICON_PNG" "$ICON_SVG"
    echo "Clerk removed from $PREFIX (meetings stay in the user data folder)"
    exit 0
fi

if [ ! -x "$BUNDLE/clerk" ]; then
    echo "install.sh: no built Clerk at $BUNDLE; run python packaging/build.py first" >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$METAINFO")" \
    "$(dirname "$ICON_PNG")" "$(dirname "$ICON_SVG")"
# Copy beside, then swap: a failed copy leaves the Clerk already installed untouched.
rm -rf "$LIB.new"
cp -R "$BUNDLE" "$LIB.new"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sf "$LIB/clerk" "$BIN"
sed -e "s|^Exec=clerk|Exec=$BIN|" -e "s|^TryExec=clerk|TryExec=$BIN|" \
    "$SHARE/$APP_ID.desktop" > "$DESKTOP"
cp "$SHARE/$APP_ID.metainfo.xml" "$METAINFO"
cp "$ICONS/clerk.png" "$ICON_PNG"
cp "$ICONS/clerk.svg" "$ICON_SVG"
echo "Clerk $("$BIN" --version | cut -d' ' -f2) installed in $PREFIX; start it from the menu or with: $BIN"
