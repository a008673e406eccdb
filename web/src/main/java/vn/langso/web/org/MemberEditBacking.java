package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.boundary.Members;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin corrects a member's details on their page. */
@Named
@ViewScoped
public class MemberEditBacking implements Serializable {

    @Inject
    Members members;

    @Inject
    MemberBacking page;

    private MemberForm form = new MemberForm();

    public void start() {
        form = MemberForm.of(page.getMember());
    }

    public void save() {
        try {
            MemberView saved = members.update(page.getMember().id(), form.details());
            page.reload();
            Messages.info("org.member.saved", saved.fullName());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, MemberForm.inputs("editForm"));
        }
    }

    public MemberForm getForm() {
        return form;
    }
}
