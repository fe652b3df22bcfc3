//! The clinic page's WebAssembly entry point (`/for-clinics/`): mount the
//! embed panel, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    calf_pump::start_for_clinics();
}
