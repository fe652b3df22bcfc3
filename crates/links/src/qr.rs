//! A link as a QR code, drawn as SVG: for the printed handouts, the clinic's
//! waiting-room sheet (made at build time) and the printed day (made in the
//! day planner). `qrcodegen` does the encoding.

use qrcodegen::{QrCode, QrCodeEcc};

/// `text` (an address) as a QR code in SVG, four modules of quiet zone
/// around it, one rectangle per run of dark modules along a row; `None` if
/// it is too long to encode.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let (size, border) = (code.size(), 4);
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let run = (x..size).take_while(|&i| code.get_module(i, y)).count() as i32;
                path += &format!("M{},{}h{run}v1h-{run}z", x + border, y + border);
                x += run;
            } else {
                x += 1;
            }
        }
    }
    let side = size + 2 * border;
    Some(format!(
        "<svg class=\"qr\" viewBox=\"0 0 {side} {side}\" width=\"120\" height=\"120\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>",
        crate::urls::escape_html(label)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_code_with_its_label() {
        let svg = qr_svg("https://c.example/es/walking/", "QR: <walking>").unwrap();
        assert!(
            svg.starts_with("<svg class=\"qr\" viewBox=\"0 0 37 37\""),
            "{svg}"
        );
        assert!(svg.contains("aria-label=\"QR: &lt;walking&gt;\""));
        assert!(
            svg.contains("<path d=\"M4,4h7v1h-7z"),
            "the finder pattern's top row: {svg}"
        );
        assert!(qr_svg(&"x".repeat(5000), "too long").is_none());
    }
}
