package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.PageRequest;
import vn.langso.org.boundary.MemberFilter;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.boundary.Members;

/** Finds the member to add to a team by phone digits or by name, with or without diacritics. */
@Named
@ViewScoped
public class MemberPickBacking implements Serializable {

    private static final int CANDIDATES = 10;

    @Inject
    Members members;

    private String memberSearch;
    private List<MemberView> candidates = List.of();
    private Long memberId;

    public void clear() {
        memberSearch = null;
        candidates = List.of();
        memberId = null;
    }

    /** The first matches; a single match is chosen at once, as when searching by a whole phone number. */
    public void find() {
        candidates = members.list(new MemberFilter(null, null, memberSearch), PageRequest.first(CANDIDATES))
                .items();
        memberId = candidates.size() == 1 ? candidates.get(0).id() : null;
    }

    public List<MemberView> getCandidates() {
        return candidates;
    }

    public String getMemberSearch() {
        return memberSearch;
    }

    public void setMemberSearch(String memberSearch) {
        this.memberSearch = memberSearch;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }
}
