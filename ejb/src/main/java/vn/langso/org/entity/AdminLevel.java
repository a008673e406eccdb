package vn.langso.org.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A level of the administrative hierarchy; which levels exist is data, not code. */
@Entity
@NamedQuery(name = AdminLevel.ALL, query = "select l from AdminLevel l order by l.depth")
public class AdminLevel {

    public static final String ALL = "AdminLevel.all";

    @Id
    private Long id;

    private int depth;
    private String code;
    private String name;

    protected AdminLevel() {}

    public Long getId() {
        return id;
    }

    public int getDepth() {
        return depth;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
