;; grpc/create_hook_gone (0.1.0 on): the initial-metadata hook of v1alpha,
;; proxy_on_grpc_create_initial_metadata, left the ABI in 0.1.0 when the
;; metadata became an argument.  This guest still exports a function of
;; that name (it traps if called) and starts a gRPC call and a stream,
;; each with initial metadata {x-a: 1}; the metadata goes out as given.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
                     (result i32)))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; {x-a: 1}, 18 bytes
  (data (i32.const 96) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (if (i32.eqz (local.get 1))
      (then
        (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                               (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 18)
                               (i32.const 64) (i32.const 4) (i32.const 1000) (i32.const 256))))
      (else
        (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                                 (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 18)
                                 (i32.const 256)))))
    (i32.const 1))
  (func (export "proxy_on_grpc_create_initial_metadata") (param i32 i32 i32)
    unreachable))
