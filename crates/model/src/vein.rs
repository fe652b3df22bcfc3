//! Vein segments as compliant, collapsible compartments.
//!
//! A vein wall is very compliant near zero transmural pressure (the tube
//! flattens into an ellipse) and stiffens both when it is stretched round and
//! when it is squeezed flat. The law below follows the collapsible-tube form
//! used in lumped calf-pump models (Magosso & Ursino 2002, Med Biol Eng Comput
//! 40:23–35): linear-with-stiffening above the unstressed volume, a power law
//! below it that keeps the volume positive at any negative pressure.

/// Static properties of one vein segment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VeinWall {
    /// Volume at zero transmural pressure (mL).
    pub unstressed_volume_ml: f64,
    /// Compliance of the distended vein just above the unstressed volume (mL/mmHg).
    pub compliance_ml_per_mmhg: f64,
    /// Extra volume at which the distended wall's stiffness has doubled (mL).
    pub stiffening_volume_ml: f64,
    /// Scale of the negative transmural pressure of a collapsing vein (mmHg).
    pub collapse_pressure_mmhg: f64,
    /// Reciprocals, computed once: the step is hot and division is slow.
    inverse_compliance: f64,
    inverse_stiffening_volume: f64,
    inverse_unstressed_volume: f64,
}

impl VeinWall {
    pub fn new(
        unstressed_volume_ml: f64,
        compliance_ml_per_mmhg: f64,
        stiffening_volume_ml: f64,
        collapse_pressure_mmhg: f64,
    ) -> Self {
        Self {
            unstressed_volume_ml,
            compliance_ml_per_mmhg,
            stiffening_volume_ml,
            collapse_pressure_mmhg,
            inverse_compliance: 1.0 / compliance_ml_per_mmhg,
            inverse_stiffening_volume: 1.0 / stiffening_volume_ml,
            inverse_unstressed_volume: 1.0 / unstressed_volume_ml,
        }
    }

    /// Volume as a fraction of the unstressed volume (1 = just round).
    #[inline]
    pub fn filling(&self, volume_ml: f64) -> f64 {
        volume_ml * self.inverse_unstressed_volume
    }

    /// Transmural pressure (inside minus outside, mmHg) at a given volume.
    #[inline]
    pub fn transmural_pressure_mmhg(&self, volume_ml: f64) -> f64 {
        let v0 = self.unstressed_volume_ml;
        if volume_ml >= v0 {
            let stretch = volume_ml - v0;
            stretch * self.inverse_compliance * (1.0 + stretch * self.inverse_stiffening_volume)
        } else {
            // (V0/V)^1.5 − 1: grows without bound as the vein empties, so the
            // volume can never reach zero however hard it is squeezed.
            let ratio = v0 / volume_ml.max(1e-6);
            -self.collapse_pressure_mmhg * (ratio * ratio.sqrt() - 1.0)
        }
    }

    /// Volume (mL) at which the vein holds a given transmural pressure: the
    /// inverse of [`Self::transmural_pressure_mmhg`], used to start a
    /// simulation at equilibrium.
    pub fn volume_at_transmural_pressure_ml(&self, pressure_mmhg: f64) -> f64 {
        let v0 = self.unstressed_volume_ml;
        if pressure_mmhg >= 0.0 {
            // Solve s/C·(1 + s/Vs) = p for the stretch s (positive root).
            let c = self.compliance_ml_per_mmhg;
            let vs = self.stiffening_volume_ml;
            let a = 1.0 / (c * vs);
            let b = 1.0 / c;
            let stretch = (-b + (b * b + 4.0 * a * pressure_mmhg).sqrt()) / (2.0 * a);
            v0 + stretch
        } else {
            let ratio_pow = 1.0 - pressure_mmhg / self.collapse_pressure_mmhg;
            v0 / ratio_pow.powf(2.0 / 3.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wall() -> VeinWall {
        VeinWall::new(50.0, 1.5, 200.0, 1.0)
    }

    #[test]
    fn inverse_law_round_trips_across_collapse_and_distension() {
        for p in [-60.0, -5.0, -0.5, 0.0, 0.5, 10.0, 85.0, 200.0] {
            let v = wall().volume_at_transmural_pressure_ml(p);
            assert!(
                (wall().transmural_pressure_mmhg(v) - p).abs() < 1e-6,
                "p={p}"
            );
        }
    }

    #[test]
    fn pressure_rises_monotonically_with_volume_and_volume_stays_positive() {
        let mut last = f64::NEG_INFINITY;
        for i in 1..400 {
            let v = i as f64;
            let p = wall().transmural_pressure_mmhg(v);
            assert!(p > last);
            last = p;
        }
        assert!(wall().volume_at_transmural_pressure_ml(-250.0) > 0.0);
    }

    #[test]
    fn a_collapsing_vein_is_more_compliant_than_a_distended_one_near_zero_pressure() {
        let dv = 0.01;
        let v0 = wall().unstressed_volume_ml;
        let below =
            dv / (wall().transmural_pressure_mmhg(v0) - wall().transmural_pressure_mmhg(v0 - dv));
        let far_above = dv
            / (wall().transmural_pressure_mmhg(v0 + 150.0 + dv)
                - wall().transmural_pressure_mmhg(v0 + 150.0));
        assert!(below > far_above);
    }
}
