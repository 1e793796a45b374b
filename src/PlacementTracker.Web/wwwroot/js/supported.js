// Tells GOV.UK Frontend's CSS and JavaScript that this browser runs ES modules.
//
// GOV.UK Frontend's page template does this with an inline <script>; the site's
// Content-Security-Policy (script-src 'self') forbids inline scripts, so the
// layout loads this file, classic and synchronous, first thing in <body>.
// Copied to wwwroot/js/supported.js by build.sh.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
