#!/usr/bin/env bash
# Builds the committed front-end assets in ../wwwroot from GOV.UK Frontend.
#
#   src/PlacementTracker.Web/frontend/build.sh
#
# Needs Node.js 20+ and npm. The output is committed, so the app itself runs
# with `dotnet run` and no Node. See docs/frontend.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
wwwroot="$(cd "$here/../wwwroot" && pwd)"
cd "$here"

npm ci --ignore-scripts --no-audit --no-fund

govuk="node_modules/govuk-frontend/dist/govuk"

mkdir -p "$wwwroot/css" "$wwwroot/js" "$wwwroot/assets/images"

# CSS: one compressed file, no source map, so the output is the same on every machine.
node_modules/.bin/sass \
  --load-path=node_modules \
  --style=compressed \
  --no-source-map \
  --no-error-css \
  src/app.scss "$wwwroot/css/app.css"

# JavaScript: GOV.UK Frontend's ES module bundle (without its source-map
# comment, as the map is not shipped), our entry module and the
# "govuk-frontend-supported" body class setter.
sed -e '/^\/\/# sourceMappingURL=/d' -e 's|//# sourceMappingURL=[^ ]*$||' \
  "$govuk/govuk-frontend.min.js" > "$wwwroot/js/govuk-frontend.min.js"
cp src/app.js "$wwwroot/js/app.js"
cp src/supported.js "$wwwroot/js/supported.js"

# Images: only our own. GOV.UK Frontend's icons and crest show the crown,
# which is reserved for GOV.UK, and its fonts are GDS Transport.
cp src/images/favicon.svg "$wwwroot/assets/images/favicon.svg"

# Checks: no GOV.UK typeface or font files, and no GOV.UK images asked for.
css="$wwwroot/css/app.css"
if grep -Eiq 'GDS Transport|\.woff|@font-face|govuk-crest|favicon\.ico|govuk-icon' "$css"; then
  echo "build.sh: $css refers to a GOV.UK font or image" >&2
  exit 1
fi
grep -q 'govuk-frontend-supported' "$css" || { echo "build.sh: GOV.UK Frontend CSS missing" >&2; exit 1; }
grep -q 'export{' "$wwwroot/js/govuk-frontend.min.js" || { echo "build.sh: govuk-frontend.min.js is not an ES module" >&2; exit 1; }

echo "Built:"
for f in css/app.css js/govuk-frontend.min.js js/app.js js/supported.js assets/images/favicon.svg; do
  printf '  wwwroot/%s (%s bytes)\n' "$f" "$(wc -c < "$wwwroot/$f")"
done
