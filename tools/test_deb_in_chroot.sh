#!/usr/bin/env bash
# Proves the .deb installs and runs on a clean system: debootstraps a minimal Debian
# (bookworm, minbase), installs the package there with apt (so its Depends come from the
# mirror, without Recommends), then as a fresh "kiosk" user runs `send-kiosk selftest`
# (off screen) and `send-kiosk check`, an import and a rollback, checks that settings come
# from /etc/send-kiosk/kiosk.toml and data goes to the user's folder; starts the kiosk on
# screen under Xvfb (X11) and inside cage (Wayland, headless: the kiosk session's own
# compositor), sets up the kiosk session (send-kiosk-enable-session), verifies the systemd
# units, and finally purges the package.
#
#   sudo tools/test_deb_in_chroot.sh [dist/send-kiosk_<version>_amd64.deb]
#
# Needs root, debootstrap (apt-get install debootstrap) and the Debian mirror this machine's
# apt uses (or DEBIAN_MIRROR=...). The minimal base system is cached as a tarball in
# $CHROOT_CACHE (default /var/cache/send-kiosk-build) so later runs skip debootstrap; the
# chroot itself is made under /var/tmp and removed afterwards (KEEP_CHROOT=1 keeps it).
# SELFTEST_ARGS=--startup-only limits the selftest to the first screen.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[chroot]\033[0m %s\n' "$*"; }
fail() { printf '\033[1m[chroot] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

suite=${DEBIAN_SUITE:-bookworm}
arch=$(dpkg --print-architecture)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -1)
deb=$(realpath "${1:-dist/send-kiosk_${version}_${arch}.deb}")
cache=${CHROOT_CACHE:-/var/cache/send-kiosk-build}
base="$cache/debian-$suite-minbase-$arch.tar"

[ "$(id -u)" -eq 0 ] || fail "run as root (chroot and mount need it)"
[ -f "$deb" ] || fail "no package at $deb: run ./build first"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"

# The mirror apt already uses here, so this works wherever apt-get does.
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' \
    | grep -v security | head -1 || true)
fi
if [ -z "$mirror" ]; then
  mirror=$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security | head -1 || true)
fi

root=$(mktemp -d /var/tmp/send-kiosk-chroot.XXXXXX)
cleanup() {
  for mnt in dev/pts dev sys proc; do
    if mountpoint -q "$root/$mnt"; then umount -l "$root/$mnt"; fi
  done
  if [ "${KEEP_CHROOT:-0}" = 1 ]; then
    say "kept the chroot in $root"
  elif ! grep -q " $root/" /proc/mounts; then
    rm -rf "$root"
  fi
}
trap cleanup EXIT

if [ ! -f "$base" ]; then
  say "debootstrap --variant=minbase $suite ${mirror:-from the default mirror} (a few minutes, once)"
  mkdir -p "$cache"
  debootstrap --variant=minbase --arch="$arch" "$suite" "$root" ${mirror:+"$mirror"} \
    > "$cache/debootstrap.log" 2>&1 || fail "debootstrap failed: see $cache/debootstrap.log"
  tar -C "$root" -cf "$base.tmp" . && mv "$base.tmp" "$base"
else
  say "using the cached $suite base system ($base)"
  tar -C "$root" -xf "$base"
fi

chmod 755 "$root"  # mktemp made it private; the kiosk user and apt's _apt must get in
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No daemons may start inside the chroot (speech-dispatcher, dbus...).
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_kiosk() {
  chroot --userspec=kiosk:kiosk "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    HOME=/home/kiosk QT_QPA_PLATFORM=offscreen "$@"
}

# shellcheck disable=SC2016 # dpkg-query's own ${...} format
count_packages() { in_root dpkg-query -W -f '${Package}\n' | wc -l; }
say "the clean system has $(count_packages) packages"
cp "$deb" "$root/tmp/send-kiosk.deb"
say "apt-get install ./send-kiosk.deb (its Depends only, no Recommends)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  /tmp/send-kiosk.deb > "$root/tmp/apt-install.log" 2>&1 \
  || { tail -30 "$root/tmp/apt-install.log"; fail "apt-get install failed"; }
# shellcheck disable=SC2016 # dpkg-query's own ${...} format
installed=$(in_root dpkg-query -W -f '${Version}' send-kiosk)
say "installed send-kiosk $installed; the system now has $(count_packages) packages"

say "every library the app links is found (in the bundle, as the app's loader sets it up, or the system)"
unresolved=$(in_root env LD_LIBRARY_PATH=/opt/send-kiosk/_internal:/opt/send-kiosk/_internal/PySide6/Qt/lib \
  sh -c 'find /opt/send-kiosk -type f -name "*.so*" -exec ldd {} + 2>/dev/null; ldd /opt/send-kiosk/send-kiosk' \
  | grep "not found" | sort -u || true)
[ -z "$unresolved" ] || fail "unresolved libraries: $(echo "$unresolved" | awk '{print $1}' | tr '\n' ' ')"

say "a fresh kiosk user, with the site's settings in /etc/send-kiosk/kiosk.toml"
in_root useradd --create-home --shell /bin/bash kiosk
sed 's/^site_name = .*/site_name = "Chroot test library"/' \
  "$root/etc/send-kiosk/kiosk.toml.example" > "$root/etc/send-kiosk/kiosk.toml"

say "send-kiosk selftest (off screen)"
# shellcheck disable=SC2086 # SELFTEST_ARGS holds options
as_kiosk send-kiosk selftest ${SELFTEST_ARGS:-} | tee "$root/tmp/selftest.log" || fail "selftest failed"
grep -q "Chroot test library" "$root/tmp/selftest.log" \
  || fail "the kiosk did not use /etc/send-kiosk/kiosk.toml"
say "send-kiosk check"
as_kiosk send-kiosk check || fail "check failed"
[ -f "$root/home/kiosk/.local/share/send-kiosk/local_offer.sqlite3" ] \
  || fail "no database in the kiosk user's data folder"
say "send-kiosk import (the packaged file again) and rollback"
as_kiosk send-kiosk import /opt/send-kiosk/_internal/data/local_offer.json || fail "import failed"
as_kiosk send-kiosk rollback || fail "rollback failed"
as_kiosk send-kiosk --version

say "on screen: cage and Xwayland (the kiosk session's compositor), systemd, and Xvfb"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  cage xwayland systemd adduser xvfb xauth > "$root/tmp/apt-session.log" 2>&1 \
  || { tail -30 "$root/tmp/apt-session.log"; fail "could not install cage, systemd and Xvfb"; }
say "send-kiosk selftest --on-screen on X11 (Xvfb, 1920x1080)"
as_kiosk env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
  send-kiosk selftest --startup-only --on-screen || fail "the kiosk did not start on X11"
say "send-kiosk selftest --on-screen inside cage, as the kiosk session runs it (Wayland, headless)"
say "(wlroots' headless screen is 1280x720: the selftest's 1920x1080 check fails there, by design)"
in_root install -d -o kiosk -g kiosk -m 700 /tmp/kiosk-runtime
as_kiosk env XDG_RUNTIME_DIR=/tmp/kiosk-runtime QT_QPA_PLATFORM=wayland WLR_BACKENDS=headless \
  WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  cage -d -- sh -c 'send-kiosk selftest --startup-only --on-screen > /tmp/kiosk-runtime/selftest.log 2>&1' \
  > "$root/tmp/cage.log" 2>&1 || { tail "$root/tmp/cage.log"; fail "cage did not run the kiosk"; }
cat "$root/tmp/kiosk-runtime/selftest.log"
grep -q "^started in" "$root/tmp/kiosk-runtime/selftest.log" || fail "the kiosk did not start in cage"
! grep "^error:" "$root/tmp/kiosk-runtime/selftest.log" | grep -qv "painted at 1280x720" \
  || fail "the kiosk reported errors in cage"

say "the kiosk session: send-kiosk-enable-session"
in_root send-kiosk-enable-session kiosk
[ -L "$root/etc/systemd/system/graphical.target.wants/send-kiosk-cage@kiosk.service" ] \
  || fail "send-kiosk-cage@kiosk.service was not enabled"
in_root id -nG kiosk | grep -qw video || fail "kiosk is not in the video group"
in_root systemd-analyze verify "/usr/lib/systemd/system/send-kiosk-cage@kiosk.service" \
  /usr/lib/systemd/user/send-kiosk.service > "$root/tmp/verify.log" 2>&1 \
  || { cat "$root/tmp/verify.log"; fail "systemd-analyze verify found problems"; }
! grep -qi "send-kiosk" "$root/tmp/verify.log" \
  || { cat "$root/tmp/verify.log"; fail "systemd-analyze verify found problems"; }

say "apt-get purge send-kiosk: the app and its settings go, the kiosk user's data stays"
in_root apt-get purge -y -qq send-kiosk > /dev/null
[ ! -e "$root/opt/send-kiosk" ] || fail "/opt/send-kiosk is still there"
[ ! -e "$root/etc/send-kiosk" ] || fail "/etc/send-kiosk is still there"
[ ! -e "$root/etc/systemd/system/graphical.target.wants/send-kiosk-cage@kiosk.service" ] \
  || fail "the kiosk session is still enabled"
[ -f "$root/home/kiosk/.local/share/send-kiosk/local_offer.sqlite3" ] \
  || fail "purging removed the kiosk user's data"
[ -L "$root/etc/systemd/system/getty.target.wants/getty@tty1.service" ] \
  || fail "tty1 did not get its login prompt back"

say "PASSED: $(basename "$deb") installs, runs its selftest and check, and purges on $suite"
