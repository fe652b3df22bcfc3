//! What a web host must send for the widget to work inside a blog post, as
//! files the common static hosts read: `_headers` (Netlify, Cloudflare
//! Pages) and `.htaccess` (Apache); `docs/for-clinics.md` has the same for
//! nginx. Inside WordPress's sandboxed frame the widget's origin is opaque,
//! so its own scripts, WebAssembly and word files are cross-origin fetches
//! that need `Access-Control-Allow-Origin`; a frame must not be refused
//! (`X-Frame-Options`); `.wasm` must be `application/wasm`; a missing page
//! is the widget's own `404.html`. `scripts/check-site` checks a deployed
//! copy for exactly these.

/// `_headers` for Netlify and Cloudflare Pages.
pub fn headers_file(site_path: &str) -> String {
    format!(
        "# Written by build-site: what the widget needs from the host (see docs/for-clinics.md).\n\
         {site_path}*\n  Access-Control-Allow-Origin: *\n  X-Content-Type-Options: nosniff\n\
         {site_path}*.wasm\n  Content-Type: application/wasm\n"
    )
}

/// `.htaccess` for Apache (needs `AllowOverride All`, or at least
/// `FileInfo` and `Indexes`, and `mod_headers`). Where `mod_deflate` is on,
/// pages, scripts and the WebAssembly go gzipped: a phone's first visit
/// downloads about 200 KB instead of 500.
pub fn htaccess(site_path: &str) -> String {
    format!(
        "# Written by build-site: what the widget needs from the host (see docs/for-clinics.md).\n\
         # The widget runs inside other sites' blog posts: let them load its files,\n\
         # and do not refuse to be framed.\n\
         <IfModule mod_headers.c>\n\
         \x20 Header always set Access-Control-Allow-Origin \"*\"\n\
         \x20 Header always set X-Content-Type-Options \"nosniff\"\n\
         \x20 Header always unset X-Frame-Options\n\
         </IfModule>\n\
         AddType application/wasm .wasm\n\
         AddType application/json .json\n\
         <IfModule mod_deflate.c>\n\
         \x20 AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/wasm application/json image/svg+xml text/plain\n\
         </IfModule>\n\
         AddType text/plain .txt\n\
         DirectoryIndex index.html\n\
         ErrorDocument 404 {site_path}404.html\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_name_the_site_path_and_what_a_sandboxed_frame_needs() {
        let h = headers_file("/calf-pump/");
        assert!(h.contains("/calf-pump/*\n  Access-Control-Allow-Origin: *"));
        assert!(h.contains("/calf-pump/*.wasm\n  Content-Type: application/wasm"));
        let a = htaccess("/calf-pump/");
        assert!(a.contains("Header always set Access-Control-Allow-Origin \"*\""));
        assert!(a.contains("ErrorDocument 404 /calf-pump/404.html"));
        assert!(a.contains("AddType application/wasm .wasm"));
        assert!(a.contains(
            "DEFLATE text/html text/css text/javascript application/javascript application/wasm"
        ));
    }
}
