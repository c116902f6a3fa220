// Loading this means a stubbed dependency is used after all: fail loudly instead of misbehaving.
throw new Error('conformance: a stubbed @segment/action-destinations dependency was loaded; remove it from "overrides" in conformance/package.json')
