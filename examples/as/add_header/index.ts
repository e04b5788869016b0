// add_header (AssemblyScript, @solo-io/proxy-runtime 0.1.8, ABI 0.2.0):
// adds `x-powered-by: pwabi-as` to every response.
//
// The SDK's callbacks, marker and malloc, re-exported one by one rather
// than with `export *` from its proxy module: 0.1.8 exports the trailing
// metadata callback under v1alpha's name, which no 0.2.0 host calls
// (`pwabi lint`: export-other-version); here it gets its 0.2.0 name.
export { malloc } from "@solo-io/proxy-runtime/malloc";
export {
  proxy_abi_version_0_2_0, proxy_on_vm_start, proxy_validate_configuration,
  proxy_on_configure, proxy_on_tick, proxy_on_foreign_function,
  proxy_on_queue_ready, proxy_on_context_create, proxy_on_request_headers,
  proxy_on_request_body, proxy_on_request_trailers, proxy_on_request_metadata,
  proxy_on_response_headers, proxy_on_response_body,
  proxy_on_response_trailers, proxy_on_response_metadata,
  proxy_on_http_call_response, proxy_on_grpc_receive_initial_metadata,
  proxy_on_grpc_trailing_metadata as proxy_on_grpc_receive_trailing_metadata,
  proxy_on_grpc_receive, proxy_on_grpc_close, proxy_on_done, proxy_on_log,
  proxy_on_delete
} from "@solo-io/proxy-runtime/exports";
import {
  RootContext, Context, registerRootContext, FilterHeadersStatusValues,
  stream_context
} from "@solo-io/proxy-runtime";

class AddHeaderRoot extends RootContext {
  createContext(context_id: u32): Context {
    return new AddHeader(context_id, this);
  }

  // The SDK's own onConfigure passes the configuration's size where
  // proxy_get_buffer_bytes wants the address of the length (0.1.8): with
  // no configuration to read, this filter does not ask for it.
  onConfigure(configuration_size: u32): bool {
    return true;
  }
}

class AddHeader extends Context {
  constructor(context_id: u32, root_context: AddHeaderRoot) {
    super(context_id, root_context);
  }

  onResponseHeaders(a: u32, end_of_stream: bool): FilterHeadersStatusValues {
    stream_context.headers.response.add("x-powered-by", "pwabi-as");
    return FilterHeadersStatusValues.Continue;
  }
}

registerRootContext((context_id: u32) => {
  return new AddHeaderRoot(context_id);
}, "add_header");
