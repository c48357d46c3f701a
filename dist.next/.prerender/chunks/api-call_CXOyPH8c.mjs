// site/islands/api-call.ts
/** Sends JSON to the API and reads the answer; network failures become status 0. */
async function callApi(method, path, body, headers = {}) {
	let response;
	try {
		response = await fetch(path, {
			method,
			headers: {
				...body === void 0 ? {} : { "content-type": "application/json" },
				...headers
			},
			body: body === void 0 ? void 0 : JSON.stringify(body)
		});
	} catch {
		return {
			ok: false,
			status: 0,
			code: "network",
			message: "",
			fields: {}
		};
	}
	const json = await response.json().catch(() => ({}));
	if (response.ok) return {
		ok: true,
		status: response.status,
		body: json
	};
	return {
		ok: false,
		status: response.status,
		code: json.error?.code ?? "unknown",
		message: json.error?.message ?? "",
		fields: json.error?.fields ?? {}
	};
}
export { callApi as t };
