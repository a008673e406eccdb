package vn.langso.web.org;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.boundary.Members;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin records a new member, in no team yet, and goes to their page. */
@Named
@ViewScoped
public class NewMemberBacking implements Serializable {

    @Inject
    Members members;

    private MemberForm form = new MemberForm();

    public void create() throws IOException {
        MemberView member;
        try {
            member = members.create(form.details());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, MemberForm.inputs("newMemberForm"));
            return;
        }
        Messages.info("org.member.created", member.fullName());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/org/member.xhtml?id=" + member.id());
    }

    public MemberForm getForm() {
        return form;
    }
}
