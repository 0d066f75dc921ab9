package be.lokaalcirculair.practice;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A measured result of a project ("12.4 ton luiers ingezameld in 2023").
 *
 * @param name what was measured
 * @param amount the value
 * @param unit the unit of the value
 * @param year the year it was measured, or {@code null}
 */
@Embeddable
public record ResultIndicator(String name, BigDecimal amount, String unit, @Column(name = "result_year") Integer year) {
}
