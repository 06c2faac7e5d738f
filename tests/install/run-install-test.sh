#!/bin/sh
# run-install-test.sh: installs the current build into a temporary DESTDIR
# and uses the installed copy, and only it, from C, Python and GJS.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# tests/meson.build runs it with these variables set:
#   FOCAL_BUILD_ROOT   the build directory (meson.project_build_root())
#   FOCAL_PREFIX, FOCAL_LIBDIR, FOCAL_INCLUDEDIR, FOCAL_DATADIR
#                      the configured install directories
#   FOCAL_GIR          1 when the GIR and typelib are built
#   FOCAL_VAPI         1 when the Vala bindings are built
#   FOCAL_PYTHON       the Python interpreter with gi (may be empty)
#   FOCAL_GJS          the gjs program (may be empty)
#
# It prints TAP: one line per check.

set -u

here=$(cd "$(dirname "$0")" && pwd)
build=${FOCAL_BUILD_ROOT:?FOCAL_BUILD_ROOT is not set}

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { # check DESCRIPTION COMMAND...
  what=$1; shift
  if "$@" > "$tmp/out" 2>&1; then ok "$what"; else not_ok "$what"; fi
  sed 's/^/# /' "$tmp/out"
}
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/focal-install-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

abs () { case $1 in /*) echo "$1" ;; *) echo "$FOCAL_PREFIX/$1" ;; esac; }
dest=$tmp/dest
prefix=$dest$FOCAL_PREFIX
libdir=$dest$(abs "$FOCAL_LIBDIR")
includedir=$dest$(abs "$FOCAL_INCLUDEDIR")
datadir=$dest$(abs "$FOCAL_DATADIR")

# 1. Install, without rebuilding: meson test has just built everything.
check "meson install --destdir into $dest" \
  meson install -C "$build" --destdir "$dest" --no-rebuild --quiet

# 2. What landed where.
for h in focal.h focal-graph.h focal-document.h focal-types.h \
         focal-enum-types.h focal-version.h focal-version-macros.h; do
  check "header libfocal-1/focal/$h" test -f "$includedir/libfocal-1/focal/$h"
done
check "no private header installed" \
  sh -c "! find '$dest' -name '*-private.h' | grep ."
check "libfocal-1.so.0.1.0 is a file" \
  sh -c "test -f '$libdir/libfocal-1.so.0.1.0' && test ! -L '$libdir/libfocal-1.so.0.1.0'"
check "libfocal-1.so.0 -> libfocal-1.so.0.1.0" \
  sh -c "test \"\$(readlink '$libdir/libfocal-1.so.0')\" = libfocal-1.so.0.1.0"
check "libfocal-1.so -> libfocal-1.so.0" \
  sh -c "test \"\$(readlink '$libdir/libfocal-1.so')\" = libfocal-1.so.0"
if command -v readelf > /dev/null; then
  check "SONAME is libfocal-1.so.0" \
    sh -c "readelf -d '$libdir/libfocal-1.so.0.1.0' | grep -F 'Library soname: [libfocal-1.so.0]'"
fi
pc=$libdir/pkgconfig/libfocal-1.pc
check "pkgconfig/libfocal-1.pc" test -f "$pc"
check ".pc: prefix is the configured prefix" grep -Fx "prefix=$FOCAL_PREFIX" "$pc"
check ".pc: Cflags -I\${includedir}/libfocal-1" grep -Fx 'Cflags: -I${includedir}/libfocal-1' "$pc"
check ".pc: Requires json-glib-1.0 and gio-2.0" \
  sh -c "grep '^Requires:' '$pc' | grep json-glib-1.0 | grep gio-2.0"
if [ "${FOCAL_GIR:-0}" = 1 ]; then
  check "girepository-1.0/Focal-1.typelib" test -f "$libdir/girepository-1.0/Focal-1.typelib"
  check "gir-1.0/Focal-1.gir" test -f "$datadir/gir-1.0/Focal-1.gir"
  check "the GIR names libfocal-1.so.0 and focal/focal.h" \
    sh -c "grep -F 'shared-library=\"libfocal-1.so.0\"' '$datadir/gir-1.0/Focal-1.gir' &&
           grep -F '<c:include name=\"focal/focal.h\"/>' '$datadir/gir-1.0/Focal-1.gir'"
fi
if [ "${FOCAL_VAPI:-0}" = 1 ]; then
  check "vala/vapi/libfocal-1.vapi and .deps" \
    sh -c "test -f '$datadir/vala/vapi/libfocal-1.vapi' && test -f '$datadir/vala/vapi/libfocal-1.deps'"
fi
check "no installed text file mentions the build directory" \
  sh -c "! grep -rlF '$build' '$includedir' '$libdir/pkgconfig' '$datadir'"

# The .pc says prefix=$FOCAL_PREFIX, true once DESTDIR is copied to /.
# Here, point a copy of it at the DESTDIR. (pkg-config --define-variable
# would also move glib-2.0's prefix, and PKG_CONFIG_SYSROOT_DIR glib's -I.)
mkdir -p "$tmp/pkgconfig"
sed "s|^prefix=.*|prefix=$prefix|" "$pc" > "$tmp/pkgconfig/libfocal-1.pc"

# Nothing from the build tree, nor an earlier environment, may leak in.
installed_env () {
  env -u GI_TYPELIB_PATH -u LD_LIBRARY_PATH -u PKG_CONFIG_PATH -u PYTHONPATH \
    -u LD_PRELOAD -u G_TEST_SRCDIR -u G_TEST_BUILDDIR \
    GI_TYPELIB_PATH="$libdir/girepository-1.0" LD_LIBRARY_PATH="$libdir" \
    FOCAL_INSTALLED_LIBDIR="$libdir" G_DEBUG=fatal-warnings PYTHONDONTWRITEBYTECODE=1 "$@"
}

# 3. C: an out-of-tree program built with pkg-config alone.
cflags=$(PKG_CONFIG_PATH="$tmp/pkgconfig" pkg-config --cflags libfocal-1)
libs=$(PKG_CONFIG_PATH="$tmp/pkgconfig" pkg-config --libs libfocal-1)
echo "# pkg-config --cflags --libs libfocal-1: $cflags $libs"
case "$cflags $libs" in
  *"$build"*) not_ok "pkg-config flags stay out of the build directory" ;;
  *) ok "pkg-config flags stay out of the build directory" ;;
esac
check "cc consumer.c \$(pkg-config --cflags --libs libfocal-1)" \
  ${CC:-cc} -Wall -Werror -o "$tmp/consumer" "$here/consumer.c" $cflags $libs
if [ -x "$tmp/consumer" ]; then
  check "C consumer runs against the installed library" installed_env "$tmp/consumer"
  check "C consumer resolves libfocal-1.so.0 in the DESTDIR" \
    sh -c "LD_LIBRARY_PATH='$libdir' ldd '$tmp/consumer' | grep -F 'libfocal-1.so.0 => $libdir/libfocal-1.so.0'"
else
  not_ok "C consumer runs against the installed library"
fi

# 4. Python and GJS through the installed typelib.
if [ "${FOCAL_GIR:-0}" != 1 ]; then
  skip "Python consumer" "introspection is disabled"
  skip "GJS consumer" "introspection is disabled"
else
  if [ -n "${FOCAL_PYTHON:-}" ]; then
    check "Python consumer uses the installed typelib" \
      installed_env "$FOCAL_PYTHON" "$here/consumer.py"
  else
    skip "Python consumer" "no Python with gi"
  fi
  if [ -n "${FOCAL_GJS:-}" ]; then
    check "GJS consumer uses the installed typelib" \
      installed_env "$FOCAL_GJS" -m "$here/consumer.js"
  else
    skip "GJS consumer" "no gjs"
  fi
fi

echo "1..$n"
[ "$failed" -eq 0 ]
