#!/bin/sh
# run-vala-test.sh: compiles tests/vala/consumer.vala against the generated
# libfocal-1.vapi of the build tree, and runs it.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# tests/meson.build runs it with FOCAL_BUILD_ROOT (the build directory),
# FOCAL_VAPI (1 when libfocal-1.vapi is built) and VALAC (may be empty).
# Exits 77 (skipped) when valac or the vapi is missing.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${FOCAL_BUILD_ROOT:?FOCAL_BUILD_ROOT is not set}

if [ -z "${VALAC:-}" ] || ! [ -x "$VALAC" ]; then
  echo "SKIP: valac is not installed (Debian package valac)"
  exit 77
fi
if [ "${FOCAL_VAPI:-0}" != 1 ] || ! [ -f "$build/bindings/libfocal-1.vapi" ]; then
  echo "SKIP: libfocal-1.vapi is not built (meson option vapi, needs vapigen and introspection)"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/focal-vala-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# The uninstalled libfocal-1.pc gives valac's C compiler the build tree's
# headers and library. The .deps file is only written at install time, so
# the vapi's own dependency is named here. -w: valac's C has warnings of its
# own that say nothing about libfocal.
cd "$tmp"
PKG_CONFIG_PATH="$build/meson-uninstalled${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" \
  "$VALAC" --vapidir="$build/bindings" --pkg libfocal-1 --pkg gio-2.0 \
  -X -w -o consumer "$here/consumer.vala"

LD_LIBRARY_PATH="$build/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  G_DEBUG=fatal-warnings ./consumer
