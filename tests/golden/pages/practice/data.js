{
  "version": 2,
  "deck": "practice/flashcards/",
  "cards": {
    "t-2407b2438e29": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Communication Styles",
      "back": [
        "Adapting your approach (assertive, passive, aggressive, passive-aggressive) to suit different situations and personalities, using techniques like active listening and questioning."
      ],
      "link": "glossary/#communication-styles",
      "linkText": "Communication Styles in the glossary"
    },
    "t-ae623cb49182": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Conflict Resolution Models",
      "back": [
        "Frameworks such as Thomas-Kilmann (competing, collaborating, compromising, avoiding, accommodating) to manage disagreements constructively."
      ],
      "link": "glossary/#conflict-resolution-models",
      "linkText": "Conflict Resolution Models in the glossary"
    },
    "t-3202a1eb7cc4": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Customer Relationship Management (CRM)",
      "back": [
        "The strategic approach to managing an organisation's interactions with current and potential customers, utilising data analysis about customers' history with a company to improve business relationships, specifically focusing on customer retention and driving sales growth.",
        "techniques for building and maintaining positive customer relationships, including communication and after-sales service."
      ],
      "link": "glossary/#customer-relationship-management",
      "linkText": "Customer Relationship Management (CRM) in the glossary"
    },
    "t-7bfebb4c5e88": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Customer Service Excellence",
      "back": [
        "Implementing strategies to enhance customer experience, handle complaints effectively, and build brand loyalty."
      ],
      "link": "glossary/#customer-service-excellence",
      "linkText": "Customer Service Excellence in the glossary"
    },
    "t-6f3d30d39fc6": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Effective Communication & Negotiation",
      "back": [
        "Mastering verbal and non-verbal communication skills, active listening, questioning techniques, and persuasive negotiation strategies to build rapport, understand customer needs, and achieve mutually beneficial outcomes."
      ],
      "link": "glossary/#effective-communication-negotiation",
      "linkText": "Effective Communication & Negotiation in the glossary"
    },
    "t-2a33fa5e8065": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Ethical & Legal Compliance in Sales",
      "back": [
        "Adhering to professional ethics, industry codes of conduct, and relevant legislation such as the Consumer Rights Act 2015, Data Protection Act 2018 (GDPR), and distance selling regulations, to ensure fair, transparent, and legally sound sales practices."
      ],
      "link": "glossary/#ethical-legal-compliance-in-sales",
      "linkText": "Ethical & Legal Compliance in Sales in the glossary"
    },
    "t-9481a68aff6e": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Financial Management",
      "back": [
        "Budgeting for staffing, stock, and marketing; understanding profit margins and cost control measures."
      ],
      "link": "glossary/#financial-management",
      "linkText": "Financial Management in the glossary"
    },
    "t-3634ca532482": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Legal and ethical considerations",
      "back": [
        "key legislation such as the Consumer Rights Act 2015, Data Protection Act 2018, and Advertising Standards Authority (ASA) codes."
      ],
      "link": "glossary/#legal-and-ethical-considerations",
      "linkText": "Legal and ethical considerations in the glossary"
    },
    "t-1a9493b55e8c": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Marketing mix (the 4 Ps)",
      "back": [
        "Product, Price, Place, Promotion – how these elements work together to meet customer needs."
      ],
      "link": "glossary/#marketing-mix",
      "linkText": "Marketing mix (the 4 Ps) in the glossary"
    },
    "t-c8d2cbc6dd36": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Product/Service Knowledge & Value Proposition",
      "back": [
        "Developing in-depth understanding of the features, benefits, and unique selling points of products or services, and effectively articulating their value proposition to address specific customer problems and create desire."
      ],
      "link": "glossary/#product-service-knowledge-value-proposition",
      "linkText": "Product/Service Knowledge & Value Proposition in the glossary"
    },
    "t-dd9c10775b42": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Relationship Marketing Ladder",
      "back": [
        "A model showing the progression from suspect to partner, highlighting the need to move customers up the ladder through trust and added value."
      ],
      "link": "glossary/#relationship-marketing-ladder",
      "linkText": "Relationship Marketing Ladder in the glossary"
    },
    "t-7a2325509c1e": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Retail Operations Management",
      "back": [
        "Overseeing daily store activities, including opening/closing procedures, cash handling, stock replenishment, and health & safety compliance."
      ],
      "link": "glossary/#retail-operations-management",
      "linkText": "Retail Operations Management in the glossary"
    },
    "t-6b8cdf6ec498": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Sales Performance Analysis",
      "back": [
        "Using key performance indicators (KPIs) like conversion rate, average transaction value, and sales per square foot to drive decision-making."
      ],
      "link": "glossary/#sales-performance-analysis",
      "linkText": "Sales Performance Analysis in the glossary"
    },
    "t-89c52e4d1978": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Stakeholder Mapping",
      "back": [
        "Identifying and prioritising internal and external stakeholders (e.g., customers, suppliers, team members) based on their influence and interest."
      ],
      "link": "glossary/#stakeholder-mapping",
      "linkText": "Stakeholder Mapping in the glossary"
    },
    "t-c7821de6e9b6": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Target markets and segmentation",
      "back": [
        "identifying and dividing a market into distinct groups based on demographics, psychographics, or behaviour to tailor sales and marketing efforts."
      ],
      "link": "glossary/#target-markets-and-segmentation",
      "linkText": "Target markets and segmentation in the glossary"
    },
    "t-08040ddb765b": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Team Leadership",
      "back": [
        "Understanding different leadership styles (e.g., autocratic, democratic) and when to apply them to motivate retail staff and improve productivity."
      ],
      "link": "glossary/#team-leadership",
      "linkText": "Team Leadership in the glossary"
    },
    "t-8de17e7ed55b": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "The Sales Cycle & Process",
      "back": [
        "Understanding the distinct stages of a sale, from initial lead generation and prospecting through to needs identification, product presentation, objection handling, closing techniques, and post-sale follow-up."
      ],
      "link": "glossary/#the-sales-cycle-process",
      "linkText": "The Sales Cycle & Process in the glossary"
    },
    "t-19dd293ec10c": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "The sales process",
      "back": [
        "stages including prospecting, approach, presentation, handling objections, closing, and follow-up."
      ],
      "link": "glossary/#the-sales-process",
      "linkText": "The sales process in the glossary"
    },
    "t-3a2348455b40": {
      "kind": "term",
      "prompt": "What does this term mean?",
      "front": "Trust Equation",
      "back": [
        "A formula (Trust = Credibility + Reliability + Intimacy / Self-Orientation) that explains how trust is built and eroded in professional relationships."
      ],
      "link": "glossary/#trust-equation",
      "linkText": "Trust Equation in the glossary"
    },
    "d-81d5e94a8546": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Adapting your approach (assertive, passive, aggressive, passive-aggressive) to suit different situations and personalities, using techniques like active listening and questioning.",
      "back": [
        "Communication Styles"
      ],
      "link": "glossary/#communication-styles",
      "linkText": "Communication Styles in the glossary"
    },
    "d-5e1985ddb934": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Frameworks such as Thomas-Kilmann (competing, collaborating, compromising, avoiding, accommodating) to manage disagreements constructively.",
      "back": [
        "Conflict Resolution Models"
      ],
      "link": "glossary/#conflict-resolution-models",
      "linkText": "Conflict Resolution Models in the glossary"
    },
    "d-83b087e42d78": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "The strategic approach to managing an organisation's interactions with current and potential customers, utilising data analysis about customers' history with a company to improve business relationships, specifically focusing on customer retention and driving sales growth.",
      "back": [
        "Customer Relationship Management (CRM)"
      ],
      "link": "glossary/#customer-relationship-management",
      "linkText": "Customer Relationship Management (CRM) in the glossary"
    },
    "d-91c89d493480": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "techniques for building and maintaining positive customer relationships, including communication and after-sales service.",
      "back": [
        "Customer Relationship Management (CRM)"
      ],
      "link": "glossary/#customer-relationship-management",
      "linkText": "Customer Relationship Management (CRM) in the glossary"
    },
    "d-fc64bf85df10": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Implementing strategies to enhance customer experience, handle complaints effectively, and build brand loyalty.",
      "back": [
        "Customer Service Excellence"
      ],
      "link": "glossary/#customer-service-excellence",
      "linkText": "Customer Service Excellence in the glossary"
    },
    "d-ad597f043eaa": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Mastering verbal and non-verbal communication skills, active listening, questioning techniques, and persuasive negotiation strategies to build rapport, understand customer needs, and achieve mutually beneficial outcomes.",
      "back": [
        "Effective Communication & Negotiation"
      ],
      "link": "glossary/#effective-communication-negotiation",
      "linkText": "Effective Communication & Negotiation in the glossary"
    },
    "d-d1109a828db2": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Adhering to professional ethics, industry codes of conduct, and relevant legislation such as the Consumer Rights Act 2015, Data Protection Act 2018 (GDPR), and distance selling regulations, to ensure fair, transparent, and legally sound sales practices.",
      "back": [
        "Ethical & Legal Compliance in Sales"
      ],
      "link": "glossary/#ethical-legal-compliance-in-sales",
      "linkText": "Ethical & Legal Compliance in Sales in the glossary"
    },
    "d-da1a9b8073f6": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Budgeting for staffing, stock, and marketing; understanding profit margins and cost control measures.",
      "back": [
        "Financial Management"
      ],
      "link": "glossary/#financial-management",
      "linkText": "Financial Management in the glossary"
    },
    "d-d43bfdffb424": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "key legislation such as the Consumer Rights Act 2015, Data Protection Act 2018, and Advertising Standards Authority (ASA) codes.",
      "back": [
        "Legal and ethical considerations"
      ],
      "link": "glossary/#legal-and-ethical-considerations",
      "linkText": "Legal and ethical considerations in the glossary"
    },
    "d-435267e1bf30": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Product, Price, Place, Promotion – how these elements work together to meet customer needs.",
      "back": [
        "Marketing mix (the 4 Ps)"
      ],
      "link": "glossary/#marketing-mix",
      "linkText": "Marketing mix (the 4 Ps) in the glossary"
    },
    "d-d1ef94821a64": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Developing in-depth understanding of the features, benefits, and unique selling points of products or services, and effectively articulating their value proposition to address specific customer problems and create desire.",
      "back": [
        "Product/Service Knowledge & Value Proposition"
      ],
      "link": "glossary/#product-service-knowledge-value-proposition",
      "linkText": "Product/Service Knowledge & Value Proposition in the glossary"
    },
    "d-c66db887bf46": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "A model showing the progression from suspect to partner, highlighting the need to move customers up the ladder through trust and added value.",
      "back": [
        "Relationship Marketing Ladder"
      ],
      "link": "glossary/#relationship-marketing-ladder",
      "linkText": "Relationship Marketing Ladder in the glossary"
    },
    "d-a86a4d5c7101": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Overseeing daily store activities, including opening/closing procedures, cash handling, stock replenishment, and health & safety compliance.",
      "back": [
        "Retail Operations Management"
      ],
      "link": "glossary/#retail-operations-management",
      "linkText": "Retail Operations Management in the glossary"
    },
    "d-b15ade0cc8e9": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Using key performance indicators (KPIs) like conversion rate, average transaction value, and sales per square foot to drive decision-making.",
      "back": [
        "Sales Performance Analysis"
      ],
      "link": "glossary/#sales-performance-analysis",
      "linkText": "Sales Performance Analysis in the glossary"
    },
    "d-1e20a0cd568c": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Identifying and prioritising internal and external stakeholders (e.g., customers, suppliers, team members) based on their influence and interest.",
      "back": [
        "Stakeholder Mapping"
      ],
      "link": "glossary/#stakeholder-mapping",
      "linkText": "Stakeholder Mapping in the glossary"
    },
    "d-91a7a10e13ef": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "identifying and dividing a market into distinct groups based on demographics, psychographics, or behaviour to tailor sales and marketing efforts.",
      "back": [
        "Target markets and segmentation"
      ],
      "link": "glossary/#target-markets-and-segmentation",
      "linkText": "Target markets and segmentation in the glossary"
    },
    "d-6ae36f27889e": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Understanding different leadership styles (e.g., autocratic, democratic) and when to apply them to motivate retail staff and improve productivity.",
      "back": [
        "Team Leadership"
      ],
      "link": "glossary/#team-leadership",
      "linkText": "Team Leadership in the glossary"
    },
    "d-defec57e1d4a": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "Understanding the distinct stages of a sale, from initial lead generation and prospecting through to needs identification, product presentation, objection handling, closing techniques, and post-sale follow-up.",
      "back": [
        "The Sales Cycle & Process"
      ],
      "link": "glossary/#the-sales-cycle-process",
      "linkText": "The Sales Cycle & Process in the glossary"
    },
    "d-4f7869a21711": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "stages including prospecting, approach, presentation, handling objections, closing, and follow-up.",
      "back": [
        "The sales process"
      ],
      "link": "glossary/#the-sales-process",
      "linkText": "The sales process in the glossary"
    },
    "d-2d1feaa69dc3": {
      "kind": "definition",
      "prompt": "Which term is this?",
      "front": "A formula (Trust = Credibility + Reliability + Intimacy / Self-Orientation) that explains how trust is built and eroded in professional relationships.",
      "back": [
        "Trust Equation"
      ],
      "link": "glossary/#trust-equation",
      "linkText": "Trust Equation in the glossary"
    },
    "m-08de5cfa5c6b": {
      "kind": "misconception",
      "prompt": "What is wrong with this idea?",
      "front": "Building relationships is only about being nice and social.",
      "back": [
        "While rapport is important, professional relationship management is strategic—it involves planning, goal-setting, and measuring outcomes like customer satisfaction and retention."
      ],
      "link": "subtopics/build-and-maintain-sales-relationships/",
      "linkText": "Misconceptions in Build and Maintain Sales Relationships"
    },
    "m-07362a0f32cc": {
      "kind": "misconception",
      "prompt": "What is wrong with this idea?",
      "front": "Once a relationship is established, it requires little maintenance.",
      "back": [
        "Relationships need continuous effort; neglecting communication or failing to adapt to changing needs can quickly erode trust. Regular check-ins and value delivery are essential."
      ],
      "link": "subtopics/build-and-maintain-sales-relationships/",
      "linkText": "Misconceptions in Build and Maintain Sales Relationships"
    },
    "m-cb63a1492995": {
      "kind": "misconception",
      "prompt": "What is wrong with this idea?",
      "front": "Conflict is always negative and should be avoided.",
      "back": [
        "Managed well, conflict can strengthen relationships by clearing misunderstandings and improving processes. Using a model like Thomas-Kilmann helps turn conflict into a constructive opportunity."
      ],
      "link": "subtopics/build-and-maintain-sales-relationships/",
      "linkText": "Misconceptions in Build and Maintain Sales Relationships"
    }
  },
  "subtopics": [
    {
      "slug": "build-and-maintain-sales-relationships",
      "title": "Build and Maintain Sales Relationships",
      "url": "subtopics/build-and-maintain-sales-relationships/",
      "deck": "practice/flashcards/build-and-maintain-sales-relationships/",
      "quiz": "practice/quiz/build-and-maintain-sales-relationships/",
      "cards": [
        "t-2407b2438e29",
        "t-ae623cb49182",
        "t-dd9c10775b42",
        "t-89c52e4d1978",
        "t-3a2348455b40",
        "d-81d5e94a8546",
        "d-5e1985ddb934",
        "d-c66db887bf46",
        "d-1e20a0cd568c",
        "d-2d1feaa69dc3",
        "m-08de5cfa5c6b",
        "m-07362a0f32cc",
        "m-cb63a1492995"
      ],
      "outcomes": [
        "o-9f2401c5b72d",
        "o-035ded71fcc4",
        "o-194b6ef77fc0"
      ],
      "points": [
        "p-24f453d40976",
        "p-36aac8f2332c",
        "p-ce28b20c7f90",
        "p-f2ca6de3f051",
        "p-767ea15f1543",
        "p-d3171b4b63e9",
        "p-93713c53c27a",
        "p-c83f263b69d1",
        "p-c459d0dee919",
        "p-7e9983e3aa68",
        "p-b2caa3cbc64e",
        "p-522eb10b3e22",
        "p-f8a70481e1c9"
      ],
      "questions": [
        {
          "id": "q-013dcf301558",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Adapting your approach (assertive, passive, aggressive, passive-aggressive) to suit different situations and personalities, using techniques like active listening and questioning.",
          "options": [
            "Target markets and segmentation",
            "Trust Equation",
            "Communication Styles",
            "Relationship Marketing Ladder"
          ],
          "answer": 2,
          "link": "glossary/#communication-styles",
          "linkText": "Communication Styles in the glossary"
        },
        {
          "id": "q-dcc5a82060e2",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Frameworks such as Thomas-Kilmann (competing, collaborating, compromising, avoiding, accommodating) to manage disagreements constructively.",
          "options": [
            "Conflict Resolution Models",
            "Ethical & Legal Compliance in Sales",
            "Target markets and segmentation",
            "Trust Equation"
          ],
          "answer": 0,
          "link": "glossary/#conflict-resolution-models",
          "linkText": "Conflict Resolution Models in the glossary"
        },
        {
          "id": "q-5400ef22afef",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "A model showing the progression from suspect to partner, highlighting the need to move customers up the ladder through trust and added value.",
          "options": [
            "Financial Management",
            "Conflict Resolution Models",
            "Relationship Marketing Ladder",
            "The Sales Cycle & Process"
          ],
          "answer": 2,
          "link": "glossary/#relationship-marketing-ladder",
          "linkText": "Relationship Marketing Ladder in the glossary"
        },
        {
          "id": "q-8d41c0b18995",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Identifying and prioritising internal and external stakeholders (e.g., customers, suppliers, team members) based on their influence and interest.",
          "options": [
            "Financial Management",
            "Conflict Resolution Models",
            "Stakeholder Mapping",
            "The Sales Cycle & Process"
          ],
          "answer": 2,
          "link": "glossary/#stakeholder-mapping",
          "linkText": "Stakeholder Mapping in the glossary"
        },
        {
          "id": "q-290723ed35b3",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "A formula (Trust = Credibility + Reliability + Intimacy / Self-Orientation) that explains how trust is built and eroded in professional relationships.",
          "options": [
            "Target markets and segmentation",
            "Trust Equation",
            "Customer Relationship Management (CRM)",
            "Ethical & Legal Compliance in Sales"
          ],
          "answer": 1,
          "link": "glossary/#trust-equation",
          "linkText": "Trust Equation in the glossary"
        },
        {
          "id": "q-06d02980f72b",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A model of how a business-to-business relationship between a buyer and a seller develops through five stages.",
          "options": [
            "Net Promoter Score",
            "Marketing mix",
            "Ford's relationship stages",
            "SWOT analysis"
          ],
          "answer": 2,
          "link": "models/#fords-relationship-stages",
          "linkText": "Ford's relationship stages in models and frameworks"
        },
        {
          "id": "q-15cd13494de5",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A strategic approach to managing a supplier's most important customers, chosen for their current or potential value to the business.",
          "options": [
            "SWOT analysis",
            "Key account management",
            "Net Promoter Score",
            "Marketing mix"
          ],
          "answer": 1,
          "link": "models/#key-account-management",
          "linkText": "Key account management in models and frameworks"
        },
        {
          "id": "q-4fa0e82be0b9",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "The idea that people prefer to buy from, and refer others to, people they ___, and that these feelings tend to build in that order.",
          "options": [
            "Marketing mix",
            "Net Promoter Score",
            "PESTLE analysis",
            "Know-Like-Trust"
          ],
          "answer": 3,
          "link": "models/#know-like-trust",
          "linkText": "Know-Like-Trust in models and frameworks"
        },
        {
          "id": "q-0cc49b92c997",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A checklist for scanning an organisation's external environment under six headings.",
          "options": [
            "Trust Equation",
            "Maslow's hierarchy of needs",
            "Thomas-Kilmann conflict modes",
            "PESTLE analysis"
          ],
          "answer": 3,
          "link": "models/#pestle-analysis",
          "linkText": "PESTLE analysis in models and frameworks"
        },
        {
          "id": "q-b616eb5f156e",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A model of customer loyalty drawn as a ladder, each rung a stronger relationship with the organisation, from someone who might buy through to a partner who works closely with it.",
          "options": [
            "SWOT analysis",
            "Stakeholder mapping",
            "Net Promoter Score",
            "Relationship Marketing Ladder"
          ],
          "answer": 3,
          "link": "models/#relationship-marketing-ladder",
          "linkText": "Relationship Marketing Ladder in models and frameworks"
        },
        {
          "id": "q-734a499cc1ec",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A way of identifying the people and groups affected by a decision or relationship and plotting them on a grid by how much power they have and how interested they are.",
          "options": [
            "Stakeholder mapping",
            "The sales cycle",
            "STAR technique",
            "Kano model"
          ],
          "answer": 0,
          "link": "models/#stakeholder-mapping",
          "linkText": "Stakeholder mapping in models and frameworks"
        },
        {
          "id": "q-a92c5c0c2286",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A simple audit that sorts the factors affecting an organisation, product or plan into internal strengths and weaknesses and external opportunities and threats.",
          "options": [
            "Marketing mix",
            "Net Promoter Score",
            "SWOT analysis",
            "PESTLE analysis"
          ],
          "answer": 2,
          "link": "models/#swot-analysis",
          "linkText": "SWOT analysis in models and frameworks"
        },
        {
          "id": "q-e900744613f0",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "The sequence of stages a salesperson works through, from finding a potential customer to looking after them once they have bought.",
          "options": [
            "The sales cycle",
            "Relationship Marketing Ladder",
            "Key account management",
            "Ford's relationship stages"
          ],
          "answer": 0,
          "link": "models/#sales-cycle",
          "linkText": "The sales cycle in models and frameworks"
        },
        {
          "id": "q-499e3593c632",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A framework describing five ways of handling conflict, placed on two dimensions: assertiveness (how far you pursue your own concerns) and cooperativeness (how far you try to meet the other person's).",
          "options": [
            "Marketing mix",
            "Thomas-Kilmann conflict modes",
            "SWOT analysis",
            "Net Promoter Score"
          ],
          "answer": 1,
          "link": "models/#thomas-kilmann-conflict-modes",
          "linkText": "Thomas-Kilmann conflict modes in models and frameworks"
        },
        {
          "id": "q-b889a332b168",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A way of breaking down trust in a professional adviser into three elements that build it and one that erodes it.",
          "options": [
            "Trust Equation",
            "Ford's relationship stages",
            "The sales cycle",
            "Relationship Marketing Ladder"
          ],
          "answer": 0,
          "link": "models/#trust-equation",
          "linkText": "Trust Equation in models and frameworks"
        },
        {
          "id": "q-16c2a27bdfd3",
          "kind": "truefalse",
          "prompt": "True or false?",
          "text": "Building relationships is only about being nice and social.",
          "options": [
            "True",
            "False"
          ],
          "answer": 1,
          "explanation": "While rapport is important, professional relationship management is strategic—it involves planning, goal-setting, and measuring outcomes like customer satisfaction and retention.",
          "link": "subtopics/build-and-maintain-sales-relationships/",
          "linkText": "Misconceptions in Build and Maintain Sales Relationships"
        },
        {
          "id": "q-516742904628",
          "kind": "truefalse",
          "prompt": "True or false?",
          "text": "Once a relationship is established, it requires little maintenance.",
          "options": [
            "True",
            "False"
          ],
          "answer": 1,
          "explanation": "Relationships need continuous effort; neglecting communication or failing to adapt to changing needs can quickly erode trust. Regular check-ins and value delivery are essential.",
          "link": "subtopics/build-and-maintain-sales-relationships/",
          "linkText": "Misconceptions in Build and Maintain Sales Relationships"
        },
        {
          "id": "q-9c602c781284",
          "kind": "truefalse",
          "prompt": "True or false?",
          "text": "Managed well, conflict can strengthen relationships by clearing misunderstandings and improving processes. Using a model like Thomas-Kilmann helps turn conflict into a constructive opportunity.",
          "options": [
            "True",
            "False"
          ],
          "answer": 0,
          "explanation": "The mistake to avoid: Conflict is always negative and should be avoided.",
          "link": "subtopics/build-and-maintain-sales-relationships/",
          "linkText": "Misconceptions in Build and Maintain Sales Relationships"
        },
        {
          "id": "q-3c69655252cb",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Communication Styles: Adapting your approach (assertive, passive, aggressive, passive-aggressive) to suit different situations and ___, using techniques like active listening and questioning.",
          "accepted": [
            "personalities"
          ],
          "link": "glossary/#communication-styles",
          "linkText": "Communication Styles in the glossary"
        },
        {
          "id": "q-b448e6b35f3f",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Conflict Resolution Models: Frameworks such as Thomas-Kilmann (competing, collaborating, compromising, avoiding, accommodating) to manage disagreements ___.",
          "accepted": [
            "constructively"
          ],
          "link": "glossary/#conflict-resolution-models",
          "linkText": "Conflict Resolution Models in the glossary"
        },
        {
          "id": "q-2eb499999509",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Relationship Marketing Ladder: A model showing the progression from suspect to partner, ___ the need to move customers up the ladder through trust and added value.",
          "accepted": [
            "highlighting"
          ],
          "link": "glossary/#relationship-marketing-ladder",
          "linkText": "Relationship Marketing Ladder in the glossary"
        },
        {
          "id": "q-e9b90428761f",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Stakeholder Mapping: Identifying and ___ internal and external stakeholders (e.g., customers, suppliers, team members) based on their influence and interest.",
          "accepted": [
            "prioritising"
          ],
          "link": "glossary/#stakeholder-mapping",
          "linkText": "Stakeholder Mapping in the glossary"
        },
        {
          "id": "q-6daace5ade86",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Trust Equation: A formula (Trust = ___ + Reliability + Intimacy / Self-Orientation) that explains how trust is built and eroded in professional relationships.",
          "accepted": [
            "Credibility"
          ],
          "link": "glossary/#trust-equation",
          "linkText": "Trust Equation in the glossary"
        },
        {
          "id": "q-5012a766a38f",
          "kind": "exam",
          "prompt": "Exam-style question: write your answer, then mark it.",
          "text": "Write an exam answer on Build and Maintain Sales Relationships. Show that you can: Understand how to establish, develop and maintain sales relationships; Understand internal organisational dynamics and external influences and their impacts; Be able to deliver a positive customer experience during the sales process.",
          "checklist": [
            "Award credit for demonstrating a systematic approach to relationship building, including clear stages (e.g., prospecting, connecting, nurturing) and use of CRM tools.",
            "Expect evidence of analysing internal influences such as team dynamics, company culture, and sales processes, and external factors like market trends, competitor actions, and regulatory changes.",
            "Learners should provide examples of tailoring communication and service delivery to individual customer preferences, showing empathy and proactive problem-solving to enhance the customer experience.",
            "Award credit for demonstrating systematic application of relationship-building models (e.g., trust ladder, stakeholder mapping) to real-world scenarios.",
            "Evidence must show clear analysis of internal influences (e.g., team dynamics, resource constraints) and external factors (e.g., competitor activity, legislation) when planning sales approaches.",
            "Assessors should look for concrete examples of how the learner adapted communication and service delivery to meet diverse customer needs, ensuring a positive experience across all touchpoints.",
            "Award credit for demonstrating an understanding of relationship lifecycle stages (e.g., initiation, development, maintenance) and the role of trust, communication, and value alignment.",
            "Credit should be given for evaluating how internal dynamics such as departmental goals, leadership styles, and resource allocation affect relationship strategies, alongside analysis of external factors like market trends, competitor actions, and regulatory changes.",
            "Evidence of applying a customer-centric approach at each sales stage, including proactive issue resolution, personalisation, and post-sale follow-up to enhance experience.",
            "Award credit for demonstrating a clear understanding of the stages of relationship development (e.g., initiation, building, maintenance) and applying appropriate communication techniques at each stage.",
            "Assessors should look for evidence that internal stakeholder roles and influences (e.g., marketing, finance, operations) are analysed and their impact on the sales relationship is evaluated.",
            "Credit should be given for explicitly linking external factors (e.g., economic conditions, competitor actions) to adjustments in relationship management strategies.",
            "Award marks for outlining a structured approach to delivering a positive customer experience, with specific examples of how to handle complaints or exceed expectations to strengthen the relationship."
          ],
          "link": "subtopics/build-and-maintain-sales-relationships/",
          "linkText": "Examiner marking points in Build and Maintain Sales Relationships"
        }
      ]
    },
    {
      "slug": "investing-in-and-retaining-sales-relationships",
      "title": "Investing in and Retaining Sales Relationships",
      "url": "subtopics/investing-in-and-retaining-sales-relationships/",
      "deck": "practice/flashcards/investing-in-and-retaining-sales-relationships/",
      "quiz": "practice/quiz/investing-in-and-retaining-sales-relationships/",
      "cards": [
        "t-3202a1eb7cc4",
        "t-6f3d30d39fc6",
        "t-2a33fa5e8065",
        "t-c8d2cbc6dd36",
        "t-8de17e7ed55b",
        "d-83b087e42d78",
        "d-ad597f043eaa",
        "d-d1109a828db2",
        "d-d1ef94821a64",
        "d-defec57e1d4a"
      ],
      "outcomes": [],
      "points": [
        "p-f9913101c04b",
        "p-19258f4e0dd0",
        "p-a1909cb2bbb3",
        "p-f82ddb3e0b24",
        "p-bdfc41e81604",
        "p-03df7d6bc2a4",
        "p-9af23e457cfa",
        "p-7d45a3455dd4"
      ],
      "questions": [
        {
          "id": "q-c5d87291d9e8",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "The strategic approach to managing an organisation's interactions with current and potential customers, utilising data analysis about customers' history with a company to improve business relationships, specifically focusing on customer retention and driving sales growth.",
          "options": [
            "The Sales Cycle & Process",
            "Financial Management",
            "Conflict Resolution Models",
            "Customer Relationship Management (CRM)"
          ],
          "answer": 3,
          "link": "glossary/#customer-relationship-management",
          "linkText": "Customer Relationship Management (CRM) in the glossary"
        },
        {
          "id": "q-720e45550d3b",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Mastering verbal and non-verbal communication skills, active listening, questioning techniques, and persuasive negotiation strategies to build rapport, understand customer needs, and achieve mutually beneficial outcomes.",
          "options": [
            "Effective Communication & Negotiation",
            "Retail Operations Management",
            "Financial Management",
            "The Sales Cycle & Process"
          ],
          "answer": 0,
          "link": "glossary/#effective-communication-negotiation",
          "linkText": "Effective Communication & Negotiation in the glossary"
        },
        {
          "id": "q-18c13dcc2f78",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Adhering to professional ethics, industry codes of conduct, and relevant legislation such as the Consumer Rights Act 2015, Data Protection Act 2018 (GDPR), and distance selling regulations, to ensure fair, transparent, and legally sound sales practices.",
          "options": [
            "Trust Equation",
            "Target markets and segmentation",
            "Ethical & Legal Compliance in Sales",
            "Customer Relationship Management (CRM)"
          ],
          "answer": 2,
          "link": "glossary/#ethical-legal-compliance-in-sales",
          "linkText": "Ethical & Legal Compliance in Sales in the glossary"
        },
        {
          "id": "q-f19d90692073",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Developing in-depth understanding of the features, benefits, and unique selling points of products or services, and effectively articulating their value proposition to address specific customer problems and create desire.",
          "options": [
            "Product/Service Knowledge & Value Proposition",
            "Target markets and segmentation",
            "Ethical & Legal Compliance in Sales",
            "Trust Equation"
          ],
          "answer": 0,
          "link": "glossary/#product-service-knowledge-value-proposition",
          "linkText": "Product/Service Knowledge & Value Proposition in the glossary"
        },
        {
          "id": "q-561063ecce2e",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Understanding the distinct stages of a sale, from initial lead generation and prospecting through to needs identification, product presentation, objection handling, closing techniques, and post-sale follow-up.",
          "options": [
            "Customer Service Excellence",
            "The Sales Cycle & Process",
            "Retail Operations Management",
            "Financial Management"
          ],
          "answer": 1,
          "link": "glossary/#the-sales-cycle-process",
          "linkText": "The Sales Cycle & Process in the glossary"
        },
        {
          "id": "q-e900744613f0",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "The sequence of stages a salesperson works through, from finding a potential customer to looking after them once they have bought.",
          "options": [
            "The sales cycle",
            "Relationship Marketing Ladder",
            "Key account management",
            "Ford's relationship stages"
          ],
          "answer": 0,
          "link": "models/#sales-cycle",
          "linkText": "The sales cycle in models and frameworks"
        },
        {
          "id": "q-970794207bd4",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Customer Relationship Management (CRM): The strategic approach to managing an ___'s interactions with current and potential customers, utilising data analysis about customers' history with a company to improve business relationships, specifically focusing on customer retention and driving sales growth.",
          "accepted": [
            "organisation"
          ],
          "link": "glossary/#customer-relationship-management",
          "linkText": "Customer Relationship Management (CRM) in the glossary"
        },
        {
          "id": "q-99a4de33bb1d",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Effective Communication & Negotiation: Mastering verbal and non-verbal communication skills, active listening, questioning techniques, and ___ negotiation strategies to build rapport, understand customer needs, and achieve mutually beneficial outcomes.",
          "accepted": [
            "persuasive"
          ],
          "link": "glossary/#effective-communication-negotiation",
          "linkText": "Effective Communication & Negotiation in the glossary"
        },
        {
          "id": "q-485afb5b407c",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Ethical & Legal Compliance in Sales: Adhering to professional ethics, industry codes of conduct, and relevant legislation such as the Consumer Rights Act 2015, Data Protection Act 2018 (GDPR), and distance selling ___, to ensure fair, transparent, and legally sound sales practices.",
          "accepted": [
            "regulations"
          ],
          "link": "glossary/#ethical-legal-compliance-in-sales",
          "linkText": "Ethical & Legal Compliance in Sales in the glossary"
        },
        {
          "id": "q-8971b2b93120",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Product/Service Knowledge & Value Proposition: Developing in-depth understanding of the features, benefits, and unique selling points of products or services, and effectively ___ their value proposition to address specific customer problems and create desire.",
          "accepted": [
            "articulating"
          ],
          "link": "glossary/#product-service-knowledge-value-proposition",
          "linkText": "Product/Service Knowledge & Value Proposition in the glossary"
        },
        {
          "id": "q-eaed6c618ca8",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "The Sales Cycle & Process: Understanding the distinct stages of a sale, from initial lead generation and prospecting through to needs ___, product presentation, objection handling, closing techniques, and post-sale follow-up.",
          "accepted": [
            "identification"
          ],
          "link": "glossary/#the-sales-cycle-process",
          "linkText": "The Sales Cycle & Process in the glossary"
        },
        {
          "id": "q-79a2f0dc757b",
          "kind": "exam",
          "prompt": "Exam-style question: write your answer, then mark it.",
          "text": "Write an exam answer on Investing in and Retaining Sales Relationships.",
          "checklist": [
            "Award credit for demonstrating a systematic approach to identifying and prioritising key accounts for relationship-building efforts.",
            "Look for evidence of using CRM or other tools to record interactions, preferences, and commitments, enabling personalised and timely follow-up.",
            "Assess the candidate's ability to articulate and quantify the benefits and risks of investing in a specific sales relationship, using real examples.",
            "Expect evidence of proactive strategies to retain customers, such as tailored solutions, loyalty incentives, or regular check-ins, with documented outcomes.",
            "For relationship building, require examples where the candidate has adapted their communication style and approach based on customer feedback and situation.",
            "Award credit for demonstrating a clear cost-benefit analysis of planned relationship investments, identifying both tangible returns (e.g., repeat sales, referrals) and risks (e.g., over-reliance on few clients, time/cost overruns).",
            "Award credit for evidence of proactive communication strategies tailored to individual customer profiles, including active listening, questioning techniques, and appropriate use of digital and face-to-face channels.",
            "Award credit for implementing structured retention activities such as regular account reviews, satisfaction surveys, and personalised after-sales follow-ups that pre-empt customer churn."
          ],
          "link": "subtopics/investing-in-and-retaining-sales-relationships/",
          "linkText": "Examiner marking points in Investing in and Retaining Sales Relationships"
        }
      ]
    },
    {
      "slug": "customer-needs-and-relationship-management",
      "title": "Customer Needs and Relationship Management",
      "url": "subtopics/customer-needs-and-relationship-management/",
      "deck": "practice/flashcards/customer-needs-and-relationship-management/",
      "quiz": "practice/quiz/customer-needs-and-relationship-management/",
      "cards": [
        "t-3202a1eb7cc4",
        "t-3634ca532482",
        "t-1a9493b55e8c",
        "t-c7821de6e9b6",
        "t-19dd293ec10c",
        "d-91c89d493480",
        "d-d43bfdffb424",
        "d-435267e1bf30",
        "d-91a7a10e13ef",
        "d-4f7869a21711"
      ],
      "outcomes": [],
      "points": [
        "p-d29c5ba89a7c",
        "p-496f5a1eed78",
        "p-2982f85707a6",
        "p-685cc12e95a1"
      ],
      "questions": [
        {
          "id": "q-0749f8358998",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "techniques for building and maintaining positive customer relationships, including communication and after-sales service.",
          "options": [
            "The Sales Cycle & Process",
            "Financial Management",
            "Customer Relationship Management (CRM)",
            "Conflict Resolution Models"
          ],
          "answer": 2,
          "link": "glossary/#customer-relationship-management",
          "linkText": "Customer Relationship Management (CRM) in the glossary"
        },
        {
          "id": "q-61dbcb3b19ef",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "key legislation such as the Consumer Rights Act 2015, Data Protection Act 2018, and Advertising Standards Authority (ASA) codes.",
          "options": [
            "Trust Equation",
            "Target markets and segmentation",
            "Legal and ethical considerations",
            "Relationship Marketing Ladder"
          ],
          "answer": 2,
          "link": "glossary/#legal-and-ethical-considerations",
          "linkText": "Legal and ethical considerations in the glossary"
        },
        {
          "id": "q-c3ea74c8a428",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Product, Price, Place, Promotion – how these elements work together to meet customer needs.",
          "options": [
            "Relationship Marketing Ladder",
            "Target markets and segmentation",
            "Marketing mix (the 4 Ps)",
            "Trust Equation"
          ],
          "answer": 2,
          "link": "glossary/#marketing-mix",
          "linkText": "Marketing mix (the 4 Ps) in the glossary"
        },
        {
          "id": "q-07094fc920fc",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "identifying and dividing a market into distinct groups based on demographics, psychographics, or behaviour to tailor sales and marketing efforts.",
          "options": [
            "Target markets and segmentation",
            "Sales Performance Analysis",
            "Team Leadership",
            "Marketing mix (the 4 Ps)"
          ],
          "answer": 0,
          "link": "glossary/#target-markets-and-segmentation",
          "linkText": "Target markets and segmentation in the glossary"
        },
        {
          "id": "q-cf5527166ded",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "stages including prospecting, approach, presentation, handling objections, closing, and follow-up.",
          "options": [
            "Financial Management",
            "Retail Operations Management",
            "The sales process",
            "Conflict Resolution Models"
          ],
          "answer": 2,
          "link": "glossary/#the-sales-process",
          "linkText": "The sales process in the glossary"
        },
        {
          "id": "q-c69ac62e286e",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A model for classifying the features of a product or service by how they affect customer satisfaction.",
          "options": [
            "STAR technique",
            "Kano model",
            "The sales cycle",
            "PESTLE analysis"
          ],
          "answer": 1,
          "link": "models/#kano-model",
          "linkText": "Kano model in models and frameworks"
        },
        {
          "id": "q-2ca2fc623ab8",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "The set of controllable decisions an organisation combines to meet the needs of its target market, best known as the ___.",
          "options": [
            "Kano model",
            "STAR technique",
            "Marketing mix",
            "PESTLE analysis"
          ],
          "answer": 2,
          "link": "models/#marketing-mix",
          "linkText": "Marketing mix in models and frameworks"
        },
        {
          "id": "q-1b5a35ba5842",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A theory of motivation that arranges human needs into five levels, usually drawn as a pyramid with basic survival needs at the base.",
          "options": [
            "Maslow's hierarchy of needs",
            "Net Promoter Score",
            "Marketing mix",
            "SWOT analysis"
          ],
          "answer": 0,
          "link": "models/#maslows-hierarchy-of-needs",
          "linkText": "Maslow's hierarchy of needs in models and frameworks"
        },
        {
          "id": "q-e900744613f0",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "The sequence of stages a salesperson works through, from finding a potential customer to looking after them once they have bought.",
          "options": [
            "The sales cycle",
            "Relationship Marketing Ladder",
            "Key account management",
            "Ford's relationship stages"
          ],
          "answer": 0,
          "link": "models/#sales-cycle",
          "linkText": "The sales cycle in models and frameworks"
        },
        {
          "id": "q-e519e15b8468",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Customer Relationship Management (CRM): techniques for building and ___ positive customer relationships, including communication and after-sales service.",
          "accepted": [
            "maintaining"
          ],
          "link": "glossary/#customer-relationship-management",
          "linkText": "Customer Relationship Management (CRM) in the glossary"
        },
        {
          "id": "q-c73880769fc7",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Legal and ethical considerations: key legislation such as the Consumer Rights Act 2015, Data Protection Act 2018, and ___ Standards Authority (ASA) codes.",
          "accepted": [
            "Advertising"
          ],
          "link": "glossary/#legal-and-ethical-considerations",
          "linkText": "Legal and ethical considerations in the glossary"
        },
        {
          "id": "q-bb2b050849d9",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Marketing mix (the 4 Ps): Product, Price, Place, ___ – how these elements work together to meet customer needs.",
          "accepted": [
            "Promotion"
          ],
          "link": "glossary/#marketing-mix",
          "linkText": "Marketing mix (the 4 Ps) in the glossary"
        },
        {
          "id": "q-a92b163b15d0",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Target markets and segmentation: identifying and dividing a market into distinct groups based on demographics, ___, or behaviour to tailor sales and marketing efforts.",
          "accepted": [
            "psychographics"
          ],
          "link": "glossary/#target-markets-and-segmentation",
          "linkText": "Target markets and segmentation in the glossary"
        },
        {
          "id": "q-6d17af2a5e74",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "The sales process: stages including prospecting, approach, presentation, handling ___, closing, and follow-up.",
          "accepted": [
            "objections"
          ],
          "link": "glossary/#the-sales-process",
          "linkText": "The sales process in the glossary"
        },
        {
          "id": "q-2e6a1912a61b",
          "kind": "exam",
          "prompt": "Exam-style question: write your answer, then mark it.",
          "text": "Write an exam answer on Customer Needs and Relationship Management.",
          "checklist": [
            "Award credit for accurately identifying customer needs (explicit, implicit, and latent) in a given case study and linking them to relevant sales strategies.",
            "Learners must explain how organisations can use feedback and complaint handling to improve customer relationships, providing specific examples.",
            "Credit is given for describing the stages of a CRM process (e.g., data collection, analysis, engagement, retention) and how it supports marketing activities.",
            "Demonstrate ability to evaluate the impact of positive customer relationships on brand loyalty and repeat business, using appropriate terminology."
          ],
          "link": "subtopics/customer-needs-and-relationship-management/",
          "linkText": "Examiner marking points in Customer Needs and Relationship Management"
        }
      ]
    },
    {
      "slug": "communication-for-lasting-customer-relationships",
      "title": "Communication for Lasting Customer Relationships",
      "url": "subtopics/communication-for-lasting-customer-relationships/",
      "deck": "practice/flashcards/communication-for-lasting-customer-relationships/",
      "quiz": "practice/quiz/communication-for-lasting-customer-relationships/",
      "cards": [
        "t-7bfebb4c5e88",
        "t-9481a68aff6e",
        "t-7a2325509c1e",
        "t-6b8cdf6ec498",
        "t-08040ddb765b",
        "d-fc64bf85df10",
        "d-da1a9b8073f6",
        "d-a86a4d5c7101",
        "d-b15ade0cc8e9",
        "d-6ae36f27889e"
      ],
      "outcomes": [],
      "points": [
        "p-902650285dca",
        "p-7aebc9d9debb",
        "p-6ed605b264fe",
        "p-c6a373cd0b96",
        "p-30dc402f6cca"
      ],
      "questions": [
        {
          "id": "q-7892ac1c4675",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Implementing strategies to enhance customer experience, handle complaints effectively, and build brand loyalty.",
          "options": [
            "Legal and ethical considerations",
            "Effective Communication & Negotiation",
            "Customer Service Excellence",
            "The sales process"
          ],
          "answer": 2,
          "link": "glossary/#customer-service-excellence",
          "linkText": "Customer Service Excellence in the glossary"
        },
        {
          "id": "q-50f8fc5b93c4",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Budgeting for staffing, stock, and marketing; understanding profit margins and cost control measures.",
          "options": [
            "Retail Operations Management",
            "Conflict Resolution Models",
            "The Sales Cycle & Process",
            "Financial Management"
          ],
          "answer": 3,
          "link": "glossary/#financial-management",
          "linkText": "Financial Management in the glossary"
        },
        {
          "id": "q-a4dc5de246c4",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Overseeing daily store activities, including opening/closing procedures, cash handling, stock replenishment, and health & safety compliance.",
          "options": [
            "The Sales Cycle & Process",
            "Financial Management",
            "Retail Operations Management",
            "Conflict Resolution Models"
          ],
          "answer": 2,
          "link": "glossary/#retail-operations-management",
          "linkText": "Retail Operations Management in the glossary"
        },
        {
          "id": "q-ddd46303f9ea",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Using key performance indicators (KPIs) like conversion rate, average transaction value, and sales per square foot to drive decision-making.",
          "options": [
            "Conflict Resolution Models",
            "The Sales Cycle & Process",
            "Sales Performance Analysis",
            "Financial Management"
          ],
          "answer": 2,
          "link": "glossary/#sales-performance-analysis",
          "linkText": "Sales Performance Analysis in the glossary"
        },
        {
          "id": "q-b5897c9ff70c",
          "kind": "choice",
          "prompt": "Which term matches this definition?",
          "text": "Understanding different leadership styles (e.g., autocratic, democratic) and when to apply them to motivate retail staff and improve productivity.",
          "options": [
            "Legal and ethical considerations",
            "Effective Communication & Negotiation",
            "Customer Service Excellence",
            "Team Leadership"
          ],
          "answer": 3,
          "link": "glossary/#team-leadership",
          "linkText": "Team Leadership in the glossary"
        },
        {
          "id": "q-0329965ab97a",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A customer loyalty measure based on a single question: how likely are you to recommend us to a friend or colleague, on a scale from 0 to 10?",
          "options": [
            "PESTLE analysis",
            "Kano model",
            "STAR technique",
            "Net Promoter Score"
          ],
          "answer": 3,
          "link": "models/#net-promoter-score",
          "linkText": "Net Promoter Score in models and frameworks"
        },
        {
          "id": "q-fb476712749e",
          "kind": "choice",
          "prompt": "Which model is this?",
          "text": "A four-part structure for describing a real example of what you did, used in competency-based interviews, professional discussions and reflective accounts.",
          "options": [
            "Marketing mix",
            "STAR technique",
            "Net Promoter Score",
            "SWOT analysis"
          ],
          "answer": 1,
          "link": "models/#star-technique",
          "linkText": "STAR technique in models and frameworks"
        },
        {
          "id": "q-a16f3619d076",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Customer Service Excellence: ___ strategies to enhance customer experience, handle complaints effectively, and build brand loyalty.",
          "accepted": [
            "Implementing"
          ],
          "link": "glossary/#customer-service-excellence",
          "linkText": "Customer Service Excellence in the glossary"
        },
        {
          "id": "q-ffec194b784d",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Financial Management: ___ for staffing, stock, and marketing; understanding profit margins and cost control measures.",
          "accepted": [
            "Budgeting"
          ],
          "link": "glossary/#financial-management",
          "linkText": "Financial Management in the glossary"
        },
        {
          "id": "q-50953aff30d5",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Retail Operations Management: Overseeing daily store activities, including opening/closing procedures, cash handling, stock ___, and health & safety compliance.",
          "accepted": [
            "replenishment"
          ],
          "link": "glossary/#retail-operations-management",
          "linkText": "Retail Operations Management in the glossary"
        },
        {
          "id": "q-b2dbdfacc7f0",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Sales Performance Analysis: Using key performance indicators (KPIs) like conversion rate, average ___ value, and sales per square foot to drive decision-making.",
          "accepted": [
            "transaction"
          ],
          "link": "glossary/#sales-performance-analysis",
          "linkText": "Sales Performance Analysis in the glossary"
        },
        {
          "id": "q-253ae72225db",
          "kind": "cloze",
          "prompt": "Fill the gap: type the missing word.",
          "text": "Team Leadership: Understanding different leadership styles (e.g., autocratic, democratic) and when to apply them to motivate retail staff and improve ___.",
          "accepted": [
            "productivity"
          ],
          "link": "glossary/#team-leadership",
          "linkText": "Team Leadership in the glossary"
        },
        {
          "id": "q-6590d2d3b5ae",
          "kind": "exam",
          "prompt": "Exam-style question: write your answer, then mark it.",
          "text": "Write an exam answer on Communication for Lasting Customer Relationships.",
          "checklist": [
            "Award credit for demonstrating active listening skills and appropriate questioning techniques in written or observed evidence.",
            "Award credit for analyzing a scenario where customer desires conflict with company policy, and justifying a chosen approach that minimizes dissatisfaction.",
            "Award credit for providing concrete examples of how to personalize service to exceed expectations (e.g., remembering preferences, offering tailored recommendations).",
            "Award credit for explaining the link between customer satisfaction and business metrics such as repeat sales or Net Promoter Score.",
            "Award credit for evidencing the use of feedback mechanisms to improve service delivery, with measurable outcomes."
          ],
          "link": "subtopics/communication-for-lasting-customer-relationships/",
          "linkText": "Examiner marking points in Communication for Lasting Customer Relationships"
        }
      ]
    }
  ]
}
