#!/usr/bin/env bash
# Makes dist/send-kiosk_<version>_<arch>.deb from the one-folder build (dist/send-kiosk) and
# packaging/linux/: the app in /opt/send-kiosk, /usr/bin/send-kiosk, the desktop entry, the
# kiosk session units and the sample settings. Used by ./build; run it alone after PyInstaller:
#
#   tools/build_deb.sh [APP_DIR [OUT_DIR]]
#
# It refuses to build a package whose Depends miss a system library the app links, as far as
# this machine can tell (dpkg -S knows only installed packages; tools/test_deb_in_chroot.sh
# proves the rest on a clean Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[deb]\033[0m %s\n' "$*"; }
app_dir=${1:-dist/send-kiosk}
out_dir=${2:-dist}
name=send-kiosk
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -1)
arch=$(dpkg --print-architecture)
[ -x "$app_dir/$name" ] || { say "no app at $app_dir/$name: run PyInstaller first (./build)"; exit 1; }

stage=dist/work/deb/${name}_${version}_${arch}
rm -rf "$stage"
install -d "$stage/DEBIAN" "$stage/opt/$name"
cp -a "$app_dir/." "$stage/opt/$name/"
install -Dm755 packaging/linux/send-kiosk "$stage/usr/bin/send-kiosk"
install -Dm755 packaging/linux/send-kiosk-enable-session "$stage/usr/sbin/send-kiosk-enable-session"
install -Dm755 packaging/linux/send-kiosk-speech-setup "$stage/usr/bin/send-kiosk-speech-setup"
install -Dm644 packaging/linux/send-kiosk.desktop "$stage/usr/share/applications/send-kiosk.desktop"
install -Dm644 resources/icons/info.svg "$stage/usr/share/icons/hicolor/scalable/apps/send-kiosk.svg"
install -Dm644 packaging/linux/send-kiosk.service "$stage/usr/lib/systemd/user/send-kiosk.service"
install -Dm644 "packaging/linux/send-kiosk-cage@.service" \
  "$stage/usr/lib/systemd/system/send-kiosk-cage@.service"
install -Dm644 packaging/linux/send-kiosk-autostart.desktop \
  "$stage/usr/share/send-kiosk/autostart/send-kiosk.desktop"
install -Dm644 packaging/linux/kiosk.toml.example "$stage/etc/send-kiosk/kiosk.toml.example"
install -Dm644 docs/deployment.md "$stage/usr/share/doc/$name/deployment.md"
cat > "$stage/usr/share/doc/$name/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: send-kiosk

Files: *
License: MIT
Comment: /opt/send-kiosk/_internal holds Qt for Python (PySide6, LGPL-3.0), Qt (LGPL-3.0),
 Python (PSF-2.0) and the Python packages listed in pyproject.toml, each under its own
 licence; their licence files are in /opt/send-kiosk/_internal/*.dist-info.
EOF

# Every ELF file's needs that the bundle does not satisfy must come from a package we depend on.
find "$stage/opt/$name" -type f \( -name '*.so*' -o -name "$name" \) > dist/work/deb/elf-files
bundled=$(find "$stage/opt/$name" -name '*.so*' -printf '%f\n' | sort -u)
needed=$(xargs -a dist/work/deb/elf-files -n 50 objdump -p 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u)
glibc=$(xargs -a dist/work/deb/elf-files -n 50 objdump -T 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@GLIBC@/$glibc/" \
  -e "s/@INSTALLED_SIZE@/$(du -sk --exclude=DEBIAN "$stage" | cut -f1)/" \
  packaging/linux/control.in > "$stage/DEBIAN/control"
depends=$(sed -n '/^Depends:/,/^[A-Z]/p' "$stage/DEBIAN/control" | sed 's/^Depends://; /^[A-Z]/d' \
  | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' | grep -v '^$' | sort -u)
missing=() unknown=()
for lib in $(comm -23 <(echo "$needed") <(echo "$bundled")); do
  pkg=$(dpkg -S "*/$lib" 2>/dev/null | head -1 | cut -d: -f1 || true)
  if [ -z "$pkg" ]; then
    unknown+=("$lib")
  elif ! grep -qx "$pkg" <<<"$depends"; then
    missing+=("$lib ($pkg)")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  say "packaging/linux/control.in must depend on the packages of: ${missing[*]}"
  exit 1
fi
[ ${#unknown[@]} -eq 0 ] || say "not installed here, so not checked (the chroot test does): ${unknown[*]}"

install -m755 packaging/linux/postinst packaging/linux/prerm packaging/linux/postrm "$stage/DEBIAN/"
echo /etc/send-kiosk/kiosk.toml.example > "$stage/DEBIAN/conffiles"
mkdir -p "$out_dir"
deb="$out_dir/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
say "$deb ($(du -h "$deb" | cut -f1))"
