package app.tempo.training.infrastructure.gpx;

import io.jenetics.jpx.XMLProvider;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;

/**
 * The XML parser jpx reads GPX with: the JDK's own StAX parser with DTDs and external entities switched off (a GPX
 * file is the user's input, and the JDK's defaults fetch an external DTD and resolve its entities: XXE, SSRF), and
 * elements nested at most 100 deep (jpx copies extensions into a DOM recursively: deeper nesting would overflow the
 * stack). jpx finds it through {@code META-INF/services/io.jenetics.jpx.XMLProvider}; {@code GpxDocumentsTest}
 * checks that it does. jpx builds extension DOMs from the StAX reader and never parses with the DocumentBuilderFactory,
 * which is secured all the same.
 */
public class HardenedXmlProvider extends XMLProvider {

    static final int MAX_DEPTH = 100;

    @Override
    public XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        return factory;
    }

    @Override
    public DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory factory = super.documentBuilderFactory();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses to be secured", e);
        }
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
