package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** What a service costs: "Free", or an amount in pounds and what it is for. */
@Entity
@Table(name = "dir_cost")
public class ServiceCost extends ServicePart {

    @Column(name = "cost_option", length = 200)
    private String option;

    @Column(name = "amount", precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "amount_description", length = 500)
    private String amountDescription;

    protected ServiceCost() {
    }

    ServiceCost(String tenantId, UUID serviceId, ServiceForm.Cost c) {
        super(tenantId, c.id(), serviceId);
        this.option = c.option();
        this.amount = c.amount();
        this.amountDescription = c.amountDescription();
    }

    public String option() {
        return option;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String amountDescription() {
        return amountDescription;
    }

    /** In words: "Free", "£5.00 per session". */
    public String inWords() {
        String money = amount == null ? null : amount.signum() == 0 ? "Free" : "£" + amount.setScale(2, java.math.RoundingMode.HALF_UP);
        return java.util.stream.Stream.of(option, money, amountDescription).filter(s -> s != null && !s.isBlank()).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
