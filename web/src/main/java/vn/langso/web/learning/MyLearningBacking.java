package vn.langso.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.boundary.Learning;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** "My learning" (my.xhtml): the caller's courses with progress, those in progress first. */
@Named
@ViewScoped
public class MyLearningBacking implements Serializable {

    @Inject
    Learning learning;

    private boolean learner = true;
    private boolean noCourses;
    private final PagedModel<EnrolmentView> list = new PagedModel<>(this::page, EnrolmentView::courseId);

    /** Only members learn; an account without a linked member is told why the list is empty. */
    public void open() {
        try {
            noCourses = learning.myEnrolments(PageRequest.first(1)).total() == 0;
        } catch (EJBAccessException e) {
            Pages.notFound();
        } catch (BusinessException refusal) {
            learner = false;
            noCourses = true;
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    private Page<EnrolmentView> page(PageRequest request) {
        return learner ? learning.myEnrolments(request) : new Page<>(List.of(), 0, 0, request.size());
    }

    public PagedModel<EnrolmentView> getList() {
        return list;
    }

    public boolean isNoCourses() {
        return noCourses;
    }
}
