// Placement Tracker's JavaScript entry point (an ES module).
// Copied to wwwroot/js/app.js by build.sh, next to govuk-frontend.min.js.
import { initAll } from './govuk-frontend.min.js'

// supported.js normally set this already; a browser that runs this module
// supports GOV.UK Frontend, so make sure the components do not refuse to start.
document.body.classList.add('govuk-frontend-supported')

initAll()
