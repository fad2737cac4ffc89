using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>The smallest registrar Spectre needs: commands get the <see cref="CliContext"/>, everything else is created directly.</summary>
/// <remarks>A DI container would cost start-up time for a single shared object.</remarks>
internal sealed class CliTypeRegistrar(CliContext context) : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, Func<object>> _factories = new() { [typeof(CliContext)] = () => context };

    public void Register(Type service, Type implementation) =>
        _factories[service] = () => Create(implementation);

    public void RegisterInstance(Type service, object implementation) =>
        _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) =>
        _factories[service] = factory;

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        return _factories.TryGetValue(type, out var factory) ? factory() : Create(type);
    }

    private object Create(Type type)
    {
        // Commands take the context; settings and Spectre's own types have parameterless constructors.
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }
}
