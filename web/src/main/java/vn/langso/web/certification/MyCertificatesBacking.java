package vn.langso.web.certification;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.certification.boundary.Certificates;
import vn.langso.certification.boundary.MyCertificates;
import vn.langso.web.faces.Pages;

/** "My certificates" (my.xhtml): what the member holds, and what each skill still to earn asks of them. */
@Named
@ViewScoped
public class MyCertificatesBacking implements Serializable {

    @Inject
    Certificates certificates;

    private MyCertificates mine;

    public void open() {
        try {
            mine = certificates.mine();
        } catch (EJBAccessException e) {
            Pages.notFound();
        }
    }

    public MyCertificates getMine() {
        return mine;
    }
}
