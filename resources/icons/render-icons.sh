#!/bin/sh
# Renders the raster sizes of the hand-written SVG icons. The Qt build used here has no SVG module, so the icons in the
# interface are built from these PNGs (ui/Icons.cpp), and Windows takes dmadmin.ico for the executable
# (resources/dmadmin.rc). Run after editing an SVG; needs ImageMagick. The outputs are committed.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    convert -background none -density 192 dmadmin.svg -resize "${size}x${size}" -strip "PNG32:dmadmin-${size}.png"
done
convert dmadmin-16.png dmadmin-24.png dmadmin-32.png dmadmin-48.png dmadmin-64.png dmadmin-256.png dmadmin.ico

# Navigation icons, one per page id, drawn on a 32-unit grid: 16 px and its 150 % and 200 % renderings for the tree
# and the View menu, 24 px and its 200 % one for toolbars, so that Qt never scales one up on a high-DPI screen.
for svg in nav/*.svg; do
    for size in 16 24 32 48; do
        convert -background none -density 768 "$svg" -resize "${size}x${size}" -strip "PNG32:${svg%.svg}-${size}.png"
    done
done
